package org.schoolshuttle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Families' absences: reported before the cut-off, they take the child off the runs of those days; and a
 * child's day as the family sees it.
 */
@ApplicationScoped
public class Absences {

    /** Longest absence one report may cover (a long illness is reported again). */
    private static final int MAX_DAYS = 366;

    private final AbsenceRepository absences;
    private final DailyRunRepository runs;
    private final RunChildRepository riders;
    private final ChildService children;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final BusStopRepository stops;
    private final RunGenerator generator;
    private final OperationsConfig config;
    private final AccessPolicy access;
    private final Clock clock;

    Absences(AbsenceRepository absences, DailyRunRepository runs, RunChildRepository riders, ChildService children,
             SchoolRepository schools, VillageRepository villages, BusStopRepository stops, RunGenerator generator,
             OperationsConfig config, AccessPolicy access, Clock clock) {
        this.absences = absences;
        this.runs = runs;
        this.riders = riders;
        this.children = children;
        this.schools = schools;
        this.villages = villages;
        this.stops = stops;
        this.generator = generator;
        this.config = config;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public AbsenceView report(long childId, AbsenceRequest request) {
        Child child = children.visibleChild(childId);
        if (child.status != ChildStatus.ACTIVE) {
            throw new ConflictException("status", "the child is withdrawn");
        }
        ZoneId zone = zoneOf(child);
        LocalDate last = request.lastDay() != null ? request.lastDay() : request.firstDay();
        if (last.isBefore(request.firstDay())) {
            throw new DomainRuleException("lastDay", "must not be before firstDay");
        }
        if (request.firstDay().plusDays(MAX_DAYS).isBefore(last)) {
            throw new DomainRuleException("lastDay", "an absence covers at most " + MAX_DAYS + " days; report a longer one again later");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        if (request.firstDay().isBefore(now.toLocalDate())) {
            throw new DomainRuleException("firstDay", "is in the past");
        }
        // Coordinators take absences by phone at any time; families until the cut-off, when the driver plans the day.
        if (access.caller().is(Role.PARENT) && request.firstDay().equals(now.toLocalDate())
                && now.toLocalTime().isAfter(config.absenceCutoff())) {
            throw new DomainRuleException("firstDay", "absences for today can be reported until " + config.absenceCutoff()
                    + "; after that, call the driver or the village coordinator");
        }
        Absence a = new Absence();
        a.childId = child.id;
        a.firstDay = request.firstDay();
        a.lastDay = last;
        a.direction = request.direction();
        a.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        a.reportedBy = access.caller().accountId();
        a.reportedAt = clock.instant();
        absences.persist(a);
        // Runs already generated for those days lose the child now; later ones are generated without them.
        for (DailyRun run : runs.list("schoolId = ?1 and serviceDate >= ?2 and serviceDate <= ?3 and status in ?4",
                child.schoolId, a.firstDay, a.lastDay, List.of(RunStatus.SCHEDULED, RunStatus.BLOCKED))) {
            if (a.covers(run.serviceDate, run.direction)) {
                riders.delete("runId = ?1 and childId = ?2 and state = ?3", run.id, child.id, RiderState.EXPECTED);
            }
        }
        return AbsenceView.from(a);
    }

    public List<AbsenceView> list(long childId) {
        Child child = children.visibleChild(childId);
        return absences.list("childId = ?1 order by firstDay desc, id desc", child.id).stream().map(AbsenceView::from).toList();
    }

    /** Withdraws an absence that has not begun; the child is put back on runs already generated. */
    @Transactional
    public void cancel(long childId, long absenceId) {
        Child child = children.visibleChild(childId);
        Absence a = absences.findByIdOptional(absenceId).filter(x -> x.childId.equals(child.id))
                .orElseThrow(() -> new NotFoundException("Absence", absenceId));
        LocalDateTime now = LocalDateTime.now(clock.withZone(zoneOf(child)));
        boolean begun = a.firstDay.isBefore(now.toLocalDate())
                || a.firstDay.equals(now.toLocalDate()) && now.toLocalTime().isAfter(config.absenceCutoff());
        if (begun) {
            throw new ConflictException("firstDay", "the absence has begun and is kept as a record; call the village coordinator");
        }
        absences.delete(a);
        absences.flush();
        List<LocalDate> days = runs.find("select distinct r.serviceDate from DailyRun r where r.schoolId = ?1 "
                + "and r.serviceDate >= ?2 and r.serviceDate <= ?3", child.schoolId, a.firstDay, a.lastDay)
                .project(LocalDate.class).list();
        for (LocalDate day : days) {
            generator.generate(child.schoolId, day, clock.instant());
        }
    }

    /** Today's rides of the child, each direction. */
    public TodayView today(long childId) {
        Child child = children.visibleChild(childId);
        School school = schools.findById(child.schoolId);
        ZoneId zone = ZoneId.of(villages.findById(school.villageId).timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Absence> away = absences.list("childId = ?1 and firstDay <= ?2 and lastDay >= ?2", child.id, today);
        List<TodayView.Ride> rides = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            boolean absent = away.stream().anyMatch(a -> a.covers(today, direction));
            RunChild rider = riders.find("childId = ?1 and runId in (select r.id from DailyRun r where r.serviceDate = ?2 "
                    + "and r.direction = ?3 and r.schoolId = ?4)", child.id, today, direction, child.schoolId).firstResult();
            if (rider == null) {
                rides.add(new TodayView.Ride(direction, absent ? "ABSENT" : "NOT_SCHEDULED", null, null, null, null,
                        null, null, null, null));
                continue;
            }
            DailyRun run = runs.findById(rider.runId);
            BusStop stop = stops.findById(rider.stopId);
            Instant planned = run.stops.stream().filter(s -> s.stopId.equals(rider.stopId)).map(s -> s.plannedAt)
                    .findFirst().orElse(null);
            rides.add(new TodayView.Ride(direction, status(rider.state), run.id, run.name, run.status, stop.name,
                    planned, rider.stateAt, rider.handedTo, rider.note));
        }
        return new TodayView(child.id, today, school.isSchoolDay(today), rides);
    }

    private static String status(RiderState state) {
        return switch (state) {
            case EXPECTED -> "SCHEDULED";
            case ON_BOARD -> "ON_BOARD";
            case OFF -> "DROPPED_OFF";
            case HANDED_OVER -> "HANDED_OVER";
            case NO_SHOW -> "NOT_AT_STOP";
            case EXCEPTION -> "RESOLVED";
        };
    }

    private ZoneId zoneOf(Child child) {
        return ZoneId.of(villages.findById(schools.findById(child.schoolId).villageId).timeZone);
    }
}
