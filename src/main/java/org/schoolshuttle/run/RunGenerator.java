package org.schoolshuttle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.fleet.Compliance;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.EscortRepository;
import org.schoolshuttle.fleet.Fitness;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.route.AssignmentRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.FundingModel;
import org.schoolshuttle.roster.Roster;
import org.schoolshuttle.roster.RosterDuty;
import org.schoolshuttle.route.PublishedPlan;
import org.schoolshuttle.route.PublishedPlanRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.route.RouteStop;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates a school's runs for one day from its published plan, or brings runs not yet started up to date with
 * the plan, the crew's fitness and families' absences. Running it twice changes nothing; a run that has started
 * is never touched, because it records what happened.
 */
@ApplicationScoped
public class RunGenerator {

    private static final Logger LOG = Logger.getLogger(RunGenerator.class);

    /** How many runs a generation created, brought up to date, removed, and how many are blocked. */
    public record Outcome(int created, int refreshed, int removed, int blocked) {
        static final Outcome NONE = new Outcome(0, 0, 0, 0);

        Outcome plus(Outcome o) {
            return new Outcome(created + o.created, refreshed + o.refreshed, removed + o.removed, blocked + o.blocked);
        }
    }

    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final PublishedPlanRepository published;
    private final RouteRepository routes;
    private final AssignmentRepository assignments;
    private final AbsenceRepository absences;
    private final DailyRunRepository runs;
    private final RunChildRepository riders;
    private final Compliance compliance;
    private final Roster roster;
    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final VehicleRepository vehicles;
    private final Alerts alerts;
    private final Clock clock;

    RunGenerator(SchoolRepository schools, VillageRepository villages, PublishedPlanRepository published,
                 RouteRepository routes, AssignmentRepository assignments,
                 AbsenceRepository absences, DailyRunRepository runs, RunChildRepository riders,
                 Compliance compliance, Roster roster, DriverRepository drivers, EscortRepository escorts,
                 VehicleRepository vehicles, Alerts alerts, Clock clock) {
        this.roster = roster;
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.schools = schools;
        this.villages = villages;
        this.published = published;
        this.routes = routes;
        this.assignments = assignments;
        this.absences = absences;
        this.runs = runs;
        this.riders = riders;
        this.compliance = compliance;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * @param notEndingBefore runs that would be over before this moment are not created (a catch-up at noon
     *                        does not invent the morning's run); {@code null} creates them all
     */
    @Transactional
    public Outcome generate(long schoolId, LocalDate day, Instant notEndingBefore) {
        // The school's row serialises generation with instant matching and with another instance doing the same; a
        // shared plan's seats are sold under all its schools' locks, so generation takes them all too, in id order.
        Map<Long, School> planSchools = new HashMap<>();
        for (long id : new java.util.TreeSet<>(sharing(schoolId))) {
            planSchools.put(id, schools.findById(id, LockModeType.PESSIMISTIC_WRITE));
        }
        School school = planSchools.get(schoolId);
        Village village = villages.findById(school.villageId);
        ZoneId zone = ZoneId.of(village.timeZone);
        // Read again under the locks: a plan published meanwhile may share routes with another school still.
        for (long id : sharing(schoolId)) {
            planSchools.computeIfAbsent(id, other -> schools.findById(other, LockModeType.PESSIMISTIC_WRITE));
        }
        PublishedPlan plan = published.findById(schoolId);
        // A shared plan's route runs with the first of its schools that is open that day.
        List<Route> planned = plan == null ? List.of()
                : routes.list("planId = ?1 order by id", plan.planId).stream()
                        .filter(r -> Long.valueOf(schoolId).equals(owner(r, day, planSchools))).toList();
        Set<Long> plannedIds = planned.stream().map(r -> r.id).collect(Collectors.toSet());
        // This school's runs of the day, and any run of its routes another school made before (a holiday declared
        // since at the school a shared route reaches first), which this school now takes over.
        Map<Long, DailyRun> existing = runs.list("serviceDate = ?1 and (schoolId = ?2 or routeId in ?3)", day, schoolId,
                        plannedIds.isEmpty() ? List.of(-1L) : List.copyOf(plannedIds)).stream()
                .collect(Collectors.toMap(r -> r.routeId, r -> r));
        int removed = 0;
        for (DailyRun run : existing.values()) {
            // A holiday declared, or a new plan published, after the runs were made: the old ones go.
            if (!plannedIds.contains(run.routeId) && run.status != RunStatus.IN_PROGRESS && run.status != RunStatus.COMPLETED) {
                riders.delete("runId", run.id);
                runs.delete(run);
                removed++;
            }
        }
        if (planned.isEmpty()) {
            return new Outcome(0, 0, removed, 0);
        }
        Seated seated = seated(plan.planId, planSchools, day);
        // The crews and vehicles, read in three queries: the fitness checks below then find them in the session.
        preload(drivers, planned.stream().map(r -> r.driverId));
        preload(escorts, planned.stream().map(r -> r.escortId));
        preload(vehicles, planned.stream().map(r -> r.vehicleId));
        int created = 0;
        int refreshed = 0;
        int blocked = 0;
        for (Route route : planned) {
            DailyRun run = existing.get(route.id);
            if (run != null && run.status != RunStatus.SCHEDULED && run.status != RunStatus.BLOCKED) {
                continue;
            }
            if (run == null) {
                Instant ends = instant(day, route.direction == Direction.TO_SCHOOL ? route.schoolTime
                        : route.stops.get(route.stops.size() - 1).plannedTime, zone);
                if (route.stops.isEmpty() || notEndingBefore != null && ends.isBefore(notEndingBefore)) {
                    continue;
                }
                run = new DailyRun();
                run.routeId = route.id;
                run.planId = route.planId;
                run.schoolId = schoolId;
                run.villageId = school.villageId;
                run.serviceDate = day;
                run.direction = route.direction;
                run.generatedAt = clock.instant();
                created++;
            } else {
                refreshed++;
            }
            copyRoute(run, route, day, zone);
            run.schoolId = schoolId;
            // A volunteer route is driven by whoever the roster has that day, once the roster reaches it.
            Optional<RosterDuty> duty = route.fundingModel == FundingModel.COMMUNITY_VOLUNTEER
                    ? roster.duty(route.schoolId, route.vehicleId, route.direction, day) : Optional.empty();
            if (duty.isPresent()) {
                run.driverId = duty.get().driverId;
            }
            List<String> reasons = unfit(run, day, duty.isPresent());
            run.status = reasons.isEmpty() ? RunStatus.SCHEDULED : RunStatus.BLOCKED;
            run.blockedReasons = reasons.isEmpty() ? null : String.join("\n", reasons);
            boolean fresh = run.id == null;
            if (fresh) {
                runs.persist(run);
            }
            syncChildren(run, fresh, seated.on(route.id));
            if (!reasons.isEmpty()) {
                blocked++;
                // The alert refers to the run: the run's row must be written first.
                runs.flush();
                if (alerts.raise(run.villageId, run.id, Alerts.RUN_BLOCKED, blockedMessage(run, school, reasons))) {
                    LOG.warnf("Run %d (%s, %s) is blocked: %s", run.id, run.name, day, String.join("; ", reasons));
                }
            }
        }
        return new Outcome(created, refreshed, removed, blocked);
    }

    private static <T> void preload(io.quarkus.hibernate.orm.panache.PanacheRepository<T> repository,
                                    java.util.stream.Stream<Long> ids) {
        Set<Long> wanted = ids.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (!wanted.isEmpty()) {
            repository.list("id in ?1", wanted);
        }
    }

    private static void copyRoute(DailyRun run, Route route, LocalDate day, ZoneId zone) {
        run.name = route.name;
        run.vehicleId = route.vehicleId;
        run.seats = route.seats;
        run.driverId = route.driverId;
        if (run.escortId != null && !run.escortId.equals(route.escortId)) {
            run.escortCheckedInAt = null;
        }
        run.escortId = route.escortId;
        List<RunStop> stops = new ArrayList<>();
        for (RouteStop s : route.stops) {
            stops.add(new RunStop(s.stopId, instant(day, s.plannedTime, zone)));
        }
        if (!sameStops(run.stops, stops)) {
            run.stops.clear();
            run.stops.addAll(stops);
        }
        Instant school = instant(day, route.schoolTime, zone);
        boolean morning = route.direction == Direction.TO_SCHOOL;
        run.firstStopAt = morning ? stops.get(0).plannedAt : school;
        run.endsAt = morning ? school : stops.get(stops.size() - 1).plannedAt;
    }

    private static boolean sameStops(List<RunStop> a, List<RunStop> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).stopId.equals(b.get(k).stopId) || !a.get(k).plannedAt.equals(b.get(k).plannedAt)) {
                return false;
            }
        }
        return true;
    }

    static Instant instant(LocalDate day, int secondOfDay, ZoneId zone) {
        return day.atStartOfDay(zone).plusSeconds(secondOfDay).toInstant();
    }

    /** Every reason the run may not go ahead on the day: no driver, or a driver, escort or vehicle not fit. */
    private List<String> unfit(DailyRun run, LocalDate day, boolean rostered) {
        List<String> reasons = new ArrayList<>();
        if (run.driverId == null) {
            reasons.add(rostered ? "No fit volunteer is free on the roster that day" : "No driver is assigned to the route");
        } else {
            prefixed(reasons, "Driver", compliance.ofDriver(run.driverId, day));
        }
        if (run.escortId != null) {
            prefixed(reasons, "Escort", compliance.ofEscort(run.escortId, day));
        }
        prefixed(reasons, "Vehicle", compliance.ofVehicle(run.vehicleId, day));
        return reasons;
    }

    private static void prefixed(List<String> into, String who, Fitness fitness) {
        for (String reason : fitness.reasons()) {
            into.add(who + ": " + reason);
        }
    }

    private static Text blockedMessage(DailyRun run, School school, List<String> reasons) {
        String day = run.serviceDate.format(DateTimeFormatter.ISO_LOCAL_DATE);
        return new Text(school.nameZh + " " + day + " 的" + run.name + "无法出车：" + String.join("；", reasons)
                + "。请在出发前安排合格的司机、陪护或车辆。", run.name + " of " + school.nameEn + " on " + day
                + " cannot go ahead: " + String.join("; ", reasons) + ". Assign a fit crew or vehicle before it starts.");
    }

    /** The schools of the school's published plan (itself alone unless the plan is shared), read fresh. */
    private List<Long> sharing(long schoolId) {
        List<Long> shared = assignments.getEntityManager().createQuery("select s from RoutePlan p join p.schoolIds s "
                + "where p.id = (select q.planId from PublishedPlan q where q.schoolId = :school)", Long.class)
                .setParameter("school", schoolId).getResultList();
        return shared.isEmpty() ? List.of(schoolId) : shared;
    }

    /**
     * The school whose runs carry the route that day: the first school it serves (in morning order, both ways) that
     * has classes; null when none has.
     */
    private static Long owner(Route route, LocalDate day, Map<Long, School> planSchools) {
        List<Long> order = new ArrayList<>(route.schools.isEmpty() ? List.of(route.schoolId)
                : route.schools.stream().map(s -> s.schoolId).toList());
        if (route.direction == Direction.FROM_SCHOOL) {
            java.util.Collections.reverse(order);
        }
        return order.stream().filter(id -> planSchools.containsKey(id) && planSchools.get(id).isSchoolDay(day))
                .findFirst().orElse(null);
    }

    /** The children of the plan seated on each route who ride that day (active, not absent, their school open). */
    private Seated seated(long planId, Map<Long, School> planSchools, LocalDate day) {
        // Read as plain values: a school's hundreds of seats need no entities, only who sits where.
        List<Object[]> seats = assignments.getEntityManager().createQuery("select a.childId, a.routeId, a.stopId, "
                        + "a.direction, c.schoolId from Assignment a, Child c where a.planId = :plan "
                        + "and a.routeId is not null and c.id = a.childId and c.status = :active", Object[].class)
                .setParameter("plan", planId).setParameter("active", ChildStatus.ACTIVE).getResultList();
        List<Absence> away = absences.list("firstDay <= ?1 and lastDay >= ?1 and childId in "
                + "(select c.id from Child c where c.schoolId in ?2)", day, planSchools.keySet());
        Map<Long, Map<Long, Long>> byRoute = new HashMap<>();
        for (Object[] seat : seats) {
            long childId = (Long) seat[0];
            Direction direction = (Direction) seat[3];
            School own = planSchools.get((Long) seat[4]);
            // On a shared route, a child whose own school is closed that day stays home.
            boolean absent = own == null || !own.isSchoolDay(day)
                    || away.stream().anyMatch(x -> x.childId == childId && x.covers(day, direction));
            if (!absent) {
                byRoute.computeIfAbsent((Long) seat[1], r -> new HashMap<>()).put(childId, (Long) seat[2]);
            }
        }
        return new Seated(byRoute);
    }

    private record Seated(Map<Long, Map<Long, Long>> byRoute) {
        /** Child id → stop id of the children on a route. */
        Map<Long, Long> on(long routeId) {
            return byRoute.getOrDefault(routeId, Map.of());
        }
    }

    private void syncChildren(DailyRun run, boolean fresh, Map<Long, Long> expected) {
        Set<Long> present = new HashSet<>();
        for (RunChild rider : fresh ? List.<RunChild>of() : riders.list("runId", run.id)) {
            Long stop = expected.get(rider.childId);
            if (stop == null) {
                riders.delete(rider);
            } else {
                present.add(rider.childId);
                if (!stop.equals(rider.stopId)) {
                    rider.stopId = stop;
                }
            }
        }
        for (Map.Entry<Long, Long> e : expected.entrySet()) {
            if (!present.contains(e.getKey())) {
                riders.persist(RunChild.expected(run.id, e.getKey(), e.getValue()));
            }
        }
    }

    /** The first school day of the school after {@code day}, within the look-ahead; empty when none. */
    public static java.util.Optional<LocalDate> nextSchoolDay(School school, LocalDate day, int lookaheadDays) {
        for (int k = 1; k <= lookaheadDays; k++) {
            LocalDate d = day.plusDays(k);
            if (school.isSchoolDay(d)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

}
