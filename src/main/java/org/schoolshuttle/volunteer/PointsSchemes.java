package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Each village's points scheme. A change applies from the current month (in the village's time zone) on; months
 * before keep the scheme they had, so nobody's past points move when the coordinator changes the scheme.
 */
@ApplicationScoped
public class PointsSchemes {

    static final String AUDIT_TYPE = "points-scheme";

    private final PointsSchemeRepository schemes;
    private final VillageService villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final VolunteerConfig config;
    private final Clock clock;

    PointsSchemes(PointsSchemeRepository schemes, VillageService villages, AccessPolicy access, AuditLog audit,
                  VolunteerConfig config, Clock clock) {
        this.schemes = schemes;
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** @throws NotFoundException when the caller does not coordinate the village */
    public PointsSchemeView get(long villageId) {
        Village village = villages.visible(villageId);
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of(village.timeZone)));
        Map.Entry<LocalDate, PointsScheme> current = history(villageId).floorEntry(now.atDay(1));
        return view(villageId, current == null ? null : current.getValue());
    }

    /**
     * Sets the scheme from the current month on (a second change in the same month replaces the first).
     *
     * @throws NotFoundException when the caller does not coordinate the village
     */
    @Transactional
    public PointsSchemeView put(long villageId, PointsSchemeRequest request) {
        Village village = villages.visible(villageId);
        LocalDate month = YearMonth.now(clock.withZone(ZoneId.of(village.timeZone))).atDay(1);
        PointsScheme scheme = schemes.find("villageId = ?1 and effectiveFrom = ?2", villageId, month).firstResult();
        boolean created = scheme == null;
        if (created) {
            scheme = new PointsScheme();
            scheme.villageId = villageId;
            scheme.effectiveFrom = month;
        }
        Map<String, Object> before = scheme.snapshot();
        scheme.apply(request);
        scheme.updatedAt = clock.instant();
        scheme.updatedBy = access.caller().username();
        if (created) {
            schemes.persist(scheme);
            audit.created(AUDIT_TYPE, scheme.id, villageId, scheme.snapshot());
        } else {
            audit.updated(AUDIT_TYPE, scheme.id, villageId, before, scheme.snapshot());
        }
        return view(villageId, scheme);
    }

    /** The rules each month of the village follows: look a month up with {@link Rules#of(YearMonth)}. */
    Rules rules(long villageId) {
        return new Rules(history(villageId), standard());
    }

    /** A village's schemes by the month they start; months before the first follow the defaults. */
    record Rules(NavigableMap<LocalDate, PointsScheme> byMonth, PointsRules standard) {
        PointsRules of(YearMonth month) {
            Map.Entry<LocalDate, PointsScheme> e = byMonth.floorEntry(month.atDay(1));
            return e == null ? standard : e.getValue().rules();
        }
    }

    private NavigableMap<LocalDate, PointsScheme> history(long villageId) {
        NavigableMap<LocalDate, PointsScheme> byMonth = new TreeMap<>();
        schemes.ofVillage(villageId).forEach(s -> byMonth.put(s.effectiveFrom, s));
        return byMonth;
    }

    private PointsRules standard() {
        return new PointsRules(config.pointsPerHour(), config.earlyRunBonus(), config.earlyBefore(),
                config.fullMonthBonus(), config.cleanRecordBonus());
    }

    private PointsSchemeView view(long villageId, PointsScheme s) {
        PointsRules r = s == null ? standard() : s.rules();
        return new PointsSchemeView(villageId, r.pointsPerHour(), r.earlyRunBonus(), r.earlyBefore(), r.fullMonthBonus(),
                r.cleanRecordBonus(), s == null ? null : s.effectiveFrom, s == null, s == null ? null : s.updatedAt,
                s == null ? null : s.updatedBy);
    }
}
