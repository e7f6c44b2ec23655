package org.schoolshuttle.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Hql;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class VillageService {

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    static final String AUDIT_TYPE = "village";

    private final VillageRepository villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<VillageSaved> saved;

    VillageService(VillageRepository villages, AccessPolicy access, AuditLog audit, Clock clock,
                   Event<VillageSaved> saved) {
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.saved = saved;
    }

    @Transactional
    public VillageView create(VillageRequest request) {
        Village village = new Village();
        apply(village, request);
        village.createdAt = clock.instant();
        villages.persist(village);
        audit.created(AUDIT_TYPE, village.id, village.id, village.snapshot());
        saved.fire(new VillageSaved(village.id));
        return VillageView.from(village);
    }

    @Transactional
    public VillageView update(long id, VillageRequest request) {
        Village village = visible(id);
        Map<String, Object> before = village.snapshot();
        apply(village, request);
        audit.updated(AUDIT_TYPE, village.id, village.id, before, village.snapshot());
        saved.fire(new VillageSaved(village.id));
        return VillageView.from(village);
    }

    /** Parents see every village (to find their school); coordinators their own; administrators all. */
    public List<VillageView> list() {
        Set<Long> scope = access.caller().is(Role.PARENT) ? null : access.villageScope();
        // The columns, not the entities: every page of a coordinator asks for this list (the village picker).
        String select = "select new org.schoolshuttle.village.VillageView(v.id, v.nameZh, v.nameEn, v.centreLat, "
                + "v.centreLon, v.timeZone) from Village v";
        if (scope != null && scope.isEmpty()) {
            return List.of();
        }
        Hql query = scope == null ? Hql.of(select + " order by v.id") : Hql.of(select + " where v.id in ?1 order by v.id", scope);
        return query.list(villages.getEntityManager(), VillageView.class);
    }

    public VillageView get(long id) {
        if (access.caller().is(Role.PARENT)) {
            return VillageView.from(villages.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Village", id)));
        }
        return VillageView.from(visible(id));
    }

    /**
     * @throws NotFoundException when the village does not exist or the caller does not coordinate it
     */
    public Village visible(long id) {
        Village village = villages.findById(id);
        if (village == null || !access.coversVillage(id)) {
            throw new NotFoundException("Village", id);
        }
        return village;
    }

    private static void apply(Village village, VillageRequest request) {
        village.nameZh = request.nameZh().trim();
        village.nameEn = request.nameEn().trim();
        village.centreLat = request.centre().lat();
        village.centreLon = request.centre().lon();
        village.timeZone = zone(request.timeZone());
    }

    private static String zone(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(text.trim()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "is not a known time zone; use a name such as Asia/Shanghai");
        }
    }
}
