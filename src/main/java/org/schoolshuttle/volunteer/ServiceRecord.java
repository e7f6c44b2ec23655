package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.CoordinatorAlertRepository;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.DailyRunRepository;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Volunteers' months as the points scheme weighs them: current service minutes, runs credited, early runs,
 * missed runs and safety alerts.
 * <p>
 * A volunteer <em>missed</em> a run of theirs (one naming them as driver or escort) when the coordinator was alerted
 * that it had not started ({@code RUN_NOT_STARTED}, even if it started late after), or when its day passed with the
 * run never started: still SCHEDULED, or BLOCKED for a reason of their own (their licence, check or training; a run
 * blocked for its vehicle or for want of a driver is not held against them). A CANCELLED run is not missed:
 * cancelling is the coordinator's decision. A <em>safety alert</em> is a {@code CHILD_EXCEPTION} or
 * {@code RUN_NOT_COMPLETED} alert on a run of theirs; it counts against both driver and escort.
 */
@ApplicationScoped
public class ServiceRecord {

    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    private static final List<String> WATCHED = List.of(Alerts.RUN_NOT_STARTED, Alerts.CHILD_EXCEPTION,
            Alerts.RUN_NOT_COMPLETED);

    private final ServiceHoursRepository hours;
    private final DailyRunRepository runs;
    private final CoordinatorAlertRepository alerts;
    private final PointsSchemes schemes;
    private final VillageRepository villages;
    private final Clock clock;

    ServiceRecord(ServiceHoursRepository hours, DailyRunRepository runs, CoordinatorAlertRepository alerts,
                  PointsSchemes schemes, VillageRepository villages, Clock clock) {
        this.hours = hours;
        this.runs = runs;
        this.alerts = alerts;
        this.schemes = schemes;
        this.villages = villages;
        this.clock = clock;
    }

    /**
     * The months of each volunteer of one village within the span that hold any service or any run of theirs, oldest
     * first, with their points under the scheme of each month. A volunteer with nothing in the span has no months.
     *
     * @param from {@code null} for since the beginning
     */
    public Map<Volunteer, List<MonthPoints>> months(long villageId, Collection<Volunteer> volunteers, YearMonth from,
                                                   YearMonth to) {
        ZoneId zone = ZoneId.of(villages.findById(villageId).timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null ? BEGINNING : from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        List<ServiceHours> entries = hours.current(villageId, first, last);
        // Runs to come cannot have been missed yet.
        LocalDate lastRunDay = last.isAfter(today) ? today : last;
        String crew = "r.serviceDate >= ?1 and r.serviceDate <= ?2 and (r.driverId in ?3 or r.escortId in ?4)";
        List<Long> driverIds = Volunteer.ids(volunteers, VolunteerKind.DRIVER);
        List<Long> escortIds = Volunteer.ids(volunteers, VolunteerKind.ESCORT);
        List<DailyRun> crewed = runs.list("from DailyRun r where " + crew, first, lastRunDay, driverIds, escortIds);
        Map<Long, Set<String>> alertsByRun = alerts.list("kind in ?5 and runId in (select r.id from DailyRun r where "
                        + crew + ")", first, lastRunDay, driverIds, escortIds, WATCHED).stream()
                .collect(Collectors.groupingBy(a -> a.runId, Collectors.mapping(a -> a.kind, Collectors.toSet())));
        PointsSchemes.Rules rules = schemes.rules(villageId);

        Map<Volunteer, List<MonthPoints>> result = new LinkedHashMap<>();
        for (Volunteer v : volunteers) {
            List<ServiceHours> own = entries.stream().filter(e -> v.owns(e.driverId, e.escortId)).toList();
            List<DailyRun> theirs = crewed.stream().filter(r -> v.owns(r.driverId, r.escortId)).toList();
            Set<YearMonth> active = new TreeSet<>();
            own.forEach(e -> active.add(YearMonth.from(e.serviceDate)));
            theirs.forEach(r -> active.add(YearMonth.from(r.serviceDate)));
            List<MonthPoints> months = new ArrayList<>();
            for (YearMonth m : active) {
                MonthRecord record = record(v, m, own, theirs, alertsByRun, zone, today);
                months.add(rules.of(m).points(record, m.atEndOfMonth().isBefore(today)));
            }
            result.put(v, months);
        }
        return result;
    }

    /** All of one volunteer's months, oldest first. */
    public List<MonthPoints> months(Volunteer v) {
        ZoneId zone = ZoneId.of(villages.findById(v.villageId()).timeZone);
        return months(v.villageId(), List.of(v), null, YearMonth.now(clock.withZone(zone))).get(v);
    }

    /** What a volunteer gave in a period, for a certificate of service. */
    public record Summary(Volunteer volunteer, LocalDate from, LocalDate to, int minutes,
                          Map<HoursKind, Integer> minutesByKind, int runs) {
        public java.math.BigDecimal hours() {
            return HoursFigure.of(minutes);
        }
    }

    /** The volunteer's current service hours on the days from {@code from} to {@code to}, by what they were for. */
    public Summary summary(Volunteer v, LocalDate from, LocalDate to) {
        Map<HoursKind, Integer> byKind = new EnumMap<>(HoursKind.class);
        int runsServed = 0;
        for (ServiceHours e : hours.current(v)) {
            if (!e.serviceDate.isBefore(from) && !e.serviceDate.isAfter(to)) {
                byKind.merge(e.kind, e.minutes, Integer::sum);
                runsServed += e.kind == HoursKind.RUN && e.minutes > 0 ? 1 : 0;
            }
        }
        return new Summary(v, from, to, byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind, runsServed);
    }

    private static MonthRecord record(Volunteer v, YearMonth m, List<ServiceHours> own, List<DailyRun> theirs,
                                      Map<Long, Set<String>> alertsByRun, ZoneId zone, LocalDate today) {
        int minutes = 0;
        List<LocalTime> starts = new ArrayList<>();
        for (ServiceHours e : own) {
            if (YearMonth.from(e.serviceDate).equals(m)) {
                minutes += e.minutes;
                if (e.kind == HoursKind.RUN && e.minutes > 0) {
                    starts.add(e.runStartedAt == null ? LocalTime.MAX : e.runStartedAt.atZone(zone).toLocalTime());
                }
            }
        }
        int missed = 0;
        int safety = 0;
        for (DailyRun r : theirs) {
            if (!YearMonth.from(r.serviceDate).equals(m)) {
                continue;
            }
            Set<String> raised = alertsByRun.getOrDefault(r.id, Set.of());
            if (missed(v, r, raised, today)) {
                missed++;
            }
            safety += raised.contains(Alerts.CHILD_EXCEPTION) ? 1 : 0;
            safety += raised.contains(Alerts.RUN_NOT_COMPLETED) ? 1 : 0;
        }
        return new MonthRecord(m, minutes, starts, missed, safety);
    }

    private static boolean missed(Volunteer v, DailyRun r, Set<String> raised, LocalDate today) {
        if (raised.contains(Alerts.RUN_NOT_STARTED)) {
            return true;
        }
        if (!r.serviceDate.isBefore(today)) {
            return false;
        }
        if (r.status == RunStatus.SCHEDULED) {
            return true;
        }
        // RunGenerator names whose fitness blocks the run: "Driver: licence expired on …", "Escort: …".
        String own = (v.kind() == VolunteerKind.DRIVER ? "Driver" : "Escort") + ":";
        return r.status == RunStatus.BLOCKED && r.blockedReasons != null
                && List.of(r.blockedReasons.split("\n")).stream().anyMatch(line -> line.startsWith(own));
    }

    /** Points earned so far by each volunteer: every month's points, the monthly bonuses of months over. */
    Map<Volunteer, Integer> earned(long villageId, Collection<Volunteer> volunteers) {
        ZoneId zone = ZoneId.of(villages.findById(villageId).timeZone);
        Map<Volunteer, Integer> earned = new HashMap<>();
        months(villageId, volunteers, null, YearMonth.now(clock.withZone(zone)))
                .forEach((v, months) -> earned.put(v, months.stream().mapToInt(MonthPoints::points).sum()));
        return earned;
    }
}
