package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Volunteers' service records: a volunteer driver sees their own, a coordinator those of their villages. */
@ApplicationScoped
public class VolunteerService {

    static final String AUDIT_TYPE = "board-choice";

    private final VolunteerRoll roll;
    private final ServiceRecord record;
    private final HoursLedger hours;
    private final RewardLedger rewards;
    private final BoardChoiceRepository choices;
    private final VillageService villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerService(VolunteerRoll roll, ServiceRecord record, HoursLedger hours, RewardLedger rewards,
                     BoardChoiceRepository choices, VillageService villages, AccessPolicy access, AuditLog audit,
                     Clock clock) {
        this.roll = roll;
        this.record = record;
        this.hours = hours;
        this.rewards = rewards;
        this.choices = choices;
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws NotFoundException when the caller's login is not a volunteer driver's */
    public VolunteerRecordView mine() {
        return view(roll.me());
    }

    /** @throws NotFoundException when the volunteer is not one of the village's or the caller does not coordinate it */
    public VolunteerRecordView of(long villageId, VolunteerKind kind, long id) {
        return view(roll.visible(villageId, kind, id));
    }

    /**
     * The village's volunteers with the month's service and points (this month when not given) and their balance.
     *
     * @throws NotFoundException when the caller does not coordinate the village
     */
    public List<VolunteerLine> list(long villageId, YearMonth month) {
        Village village = villages.visible(villageId);
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of(village.timeZone)));
        YearMonth asked = month == null ? now : month;
        List<Volunteer> all = roll.ofVillage(villageId);
        Map<Volunteer, List<MonthPoints>> months = record.months(villageId, all, null, asked.isAfter(now) ? asked : now);
        var unnamed = choices.unnamed(all);
        List<VolunteerLine> lines = new ArrayList<>();
        for (Volunteer v : all) {
            List<MonthPoints> theirs = months.get(v);
            MonthPoints m = theirs.stream().filter(p -> p.month().equals(asked)).findFirst()
                    .orElse(new MonthPoints(asked, asked.isBefore(now), 0, 0, 0, 0, 0, 0, 0, false, 0, false, 0, 0));
            int earned = theirs.stream().mapToInt(MonthPoints::points).sum();
            lines.add(new VolunteerLine(v.kind(), v.id(), v.name(), !unnamed.contains(v), m.minutes(), m.hours(), m,
                    earned - rewards.pointsSpent(v)));
        }
        return lines;
    }

    /** The calling volunteer chooses whether the thank-you board names them. */
    @Transactional
    public VolunteerRecordView chooseMine(BoardChoiceRequest request) {
        Volunteer v = roll.me();
        choose(v, request.named());
        return view(v);
    }

    /** A coordinator chooses for a volunteer (an escort has no login to choose with). */
    @Transactional
    public VolunteerRecordView choose(long villageId, VolunteerKind kind, long id, BoardChoiceRequest request) {
        Volunteer v = roll.visible(villageId, kind, id);
        choose(v, request.named());
        return view(v);
    }

    private void choose(Volunteer v, boolean named) {
        BoardChoice choice = choices.of(v);
        if (choice == null) {
            choice = new BoardChoice();
            choice.driverId = v.driverId();
            choice.escortId = v.escortId();
            stamp(choice, named);
            choices.persist(choice);
            audit.created(AUDIT_TYPE, choice.id, v.villageId(), snapshot(choice));
        } else if (choice.named != named) {
            Map<String, Object> before = snapshot(choice);
            stamp(choice, named);
            audit.updated(AUDIT_TYPE, choice.id, v.villageId(), before, snapshot(choice));
        }
    }

    private void stamp(BoardChoice choice, boolean named) {
        choice.named = named;
        choice.chosenAt = clock.instant();
        choice.chosenBy = access.caller().username();
    }

    private static Map<String, Object> snapshot(BoardChoice c) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("driverId", c.driverId);
        s.put("escortId", c.escortId);
        s.put("named", c.named);
        return s;
    }

    private VolunteerRecordView view(Volunteer v) {
        List<MonthPoints> months = new ArrayList<>(record.months(v));
        months.sort(Comparator.comparing(MonthPoints::month).reversed());
        int minutes = months.stream().mapToInt(MonthPoints::minutes).sum();
        int earned = months.stream().mapToInt(MonthPoints::points).sum();
        int spent = rewards.pointsSpent(v);
        return new VolunteerRecordView(v.kind(), v.id(), v.villageId(), v.name(), choices.named(v), minutes,
                HoursFigure.of(minutes), earned, spent, earned - spent, months, hours.history(v), rewards.rewardsOf(v));
    }
}
