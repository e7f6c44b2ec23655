package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.sponsor.SponsorRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The village's monthly thank-you board. It is the village's public thanks, so everyone of the village sees it:
 * its coordinators, its drivers, its sponsors and the parents of its schoolchildren. It holds names only (never a
 * phone), and a volunteer who chose not to be named is "a volunteer".
 */
@ApplicationScoped
public class ThankYouBoard {

    private final VolunteerRoll roll;
    private final ServiceRecord record;
    private final BoardChoiceRepository choices;
    private final VillageRepository villages;
    private final DriverRepository drivers;
    private final ChildRepository children;
    private final SponsorRepository sponsors;
    private final AccessPolicy access;
    private final Clock clock;

    ThankYouBoard(VolunteerRoll roll, ServiceRecord record, BoardChoiceRepository choices, VillageRepository villages,
                  DriverRepository drivers, ChildRepository children, SponsorRepository sponsors, AccessPolicy access,
                  Clock clock) {
        this.roll = roll;
        this.record = record;
        this.choices = choices;
        this.villages = villages;
        this.drivers = drivers;
        this.children = children;
        this.sponsors = sponsors;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param month    this month (in the village's time zone) when not given
     * @param language how to call a volunteer who is not named
     * @throws NotFoundException when the caller is not of the village
     */
    public BoardView of(long villageId, YearMonth month, Locale language) {
        Village village = villages.findById(villageId);
        if (village == null || !ofVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        YearMonth asked = month != null ? month : YearMonth.now(clock.withZone(ZoneId.of(village.timeZone)));
        List<Volunteer> all = roll.ofVillage(villageId);
        Map<Volunteer, List<MonthPoints>> months = record.months(villageId, all, asked, asked);
        Set<Volunteer> unnamed = choices.unnamed(all);
        String anonymous = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "a volunteer" : "一位志愿者";
        List<Ranked> ranked = new ArrayList<>();
        for (Volunteer v : all) {
            for (MonthPoints m : months.get(v)) {
                if (m.minutes() > 0) {
                    ranked.add(new Ranked(v, m));
                }
            }
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.month.points()).thenComparingInt(r -> -r.month.minutes())
                .thenComparing(r -> r.volunteer.name()));
        List<BoardView.Line> lines = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            boolean tie = i > 0 && ranked.get(i - 1).month.points() == r.month.points()
                    && ranked.get(i - 1).month.minutes() == r.month.minutes();
            int rank = tie ? lines.get(i - 1).rank() : i + 1;
            boolean named = !unnamed.contains(r.volunteer);
            lines.add(new BoardView.Line(rank, named ? r.volunteer.name() : anonymous, named, r.month.minutes(),
                    r.month.hours(), r.month.points()));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
        return new BoardView(villageId, asked, asked.atEndOfMonth().isBefore(today), lines);
    }

    private record Ranked(Volunteer volunteer, MonthPoints month) {
    }

    private boolean ofVillage(long villageId) {
        Caller caller = access.caller();
        return switch (caller.role()) {
            case ADMIN, COORDINATOR -> access.coversVillage(villageId);
            case DRIVER -> caller.driverId() != null && drivers.findByIdOptional(caller.driverId())
                    .map(d -> d.villageId == villageId).orElse(false);
            case SPONSOR -> caller.sponsorId() != null && sponsors.findByIdOptional(caller.sponsorId())
                    .map(s -> s.villageId == villageId).orElse(false);
            case PARENT -> caller.guardianId() != null && children.count("guardianId = ?1 and status = ?2 and schoolId in "
                    + "(select s.id from School s where s.villageId = ?3)", caller.guardianId(), ChildStatus.ACTIVE, villageId) > 0;
        };
    }
}
