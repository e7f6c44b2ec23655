package org.schoolshuttle.run;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.Hql;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.AuthorisedAdult;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Escort;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.RouteDetailView;
import org.schoolshuttle.route.RouteGeometry;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.routing.RouteView;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.Waypoint;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads daily runs for the people allowed to see them: a driver their own, a coordinator their villages'. */
@ApplicationScoped
public class RunService {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final DailyRunRepository runs;
    private final RunChildRepository riders;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final VehicleRepository vehicles;
    private final DriverRepository drivers;
    private final BusStopRepository stops;
    private final ChildRepository children;
    private final GuardianRepository guardians;
    private final RouteRepository routes;
    private final RouteGeometry geometry;
    private final RoutingService routing;
    private final AccessPolicy access;
    private final Clock clock;

    RunService(DailyRunRepository runs, RunChildRepository riders, SchoolRepository schools, VillageRepository villages,
               VehicleRepository vehicles, DriverRepository drivers, BusStopRepository stops,
               ChildRepository children, GuardianRepository guardians, RouteRepository routes, RouteGeometry geometry,
               RoutingService routing, AccessPolicy access, Clock clock) {
        this.runs = runs;
        this.riders = riders;
        this.schools = schools;
        this.villages = villages;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.stops = stops;
        this.children = children;
        this.guardians = guardians;
        this.routes = routes;
        this.geometry = geometry;
        this.routing = routing;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The run, if the caller may see it: its own driver, or a coordinator of its village.
     *
     * @throws NotFoundException otherwise (another driver's, another village's), exactly as for a run that does not exist
     */
    public DailyRun visible(long id) {
        return allowed(runs.findById(id), id);
    }

    private DailyRun allowed(DailyRun run, long id) {
        Caller caller = access.caller();
        boolean allowed = run != null && (caller.is(Role.DRIVER)
                ? caller.driverId() != null && caller.driverId().equals(run.driverId)
                : access.coversVillage(run.villageId));
        if (!allowed) {
            throw new NotFoundException("Run", id);
        }
        return run;
    }

    /** What a coordinator's "generate now" did, and the school's runs on that day afterwards. */
    public record Generated(LocalDate date, RunGenerator.Outcome outcome, List<RunView> runs) {
    }

    /**
     * Generates (or brings up to date) a school's runs for a day now, as the 17:00 job would.
     *
     * @throws NotFoundException when the school is outside the caller's villages
     */
    public Generated generate(long schoolId, LocalDate date, RunGenerator generator) {
        School school = schools.findByIdOptional(schoolId).filter(s -> access.coversVillage(s.villageId))
                .orElseThrow(() -> new NotFoundException("School", schoolId));
        LocalDate day = date != null ? date : RunGenerator.nextSchoolDay(school, today(school.villageId), 21)
                .orElseThrow(() -> new DomainRuleException("date",
                        "the school has no school day in the next three weeks; give a date"));
        if (!school.isSchoolDay(day)) {
            throw new DomainRuleException("date", day + " is not a school day of "
                    + school.nameEn + " (weekend, holiday or outside the terms)");
        }
        RunGenerator.Outcome outcome = generator.generate(schoolId, day, null);
        return new Generated(day, outcome, views(runs.list("schoolId = ?1 and serviceDate = ?2",
                Sort.ascending("firstStopAt", "id"), schoolId, day)));
    }

    /** The calling driver's runs on a day (today in their village when not given), in time order. */
    public List<RunView> mine(LocalDate date) {
        Caller caller = access.caller();
        if (caller.driverId() == null) {
            return List.of();
        }
        LocalDate day = date;
        if (day == null) {
            // The driver's village's time zone in one statement: a driver's phone asks for this list all day.
            String zone = drivers.getEntityManager().createQuery(
                            "select v.timeZone from Driver d, Village v where v.id = d.villageId and d.id = ?1", String.class)
                    .setParameter(1, caller.driverId()).getSingleResult();
            day = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        }
        return views(runs.list("driverId = ?1 and serviceDate = ?2", Sort.ascending("firstStopAt", "id"),
                caller.driverId(), day));
    }

    /** Runs of the caller's villages on a day (today when not given), filtered by village, school and status. */
    public Page<RunView> list(Long villageId, Long schoolId, LocalDate date, RunStatus status, PageRequest page) {
        ScopedQuery query = ScopedQuery.inVillages(access, villageId)
                .and("schoolId = :school", "school", schoolId)
                .and("serviceDate = :date", "date", date != null ? date : defaultDay(villageId))
                .and("status = :status", "status", status);
        Page<DailyRun> found = query.page(runs, Sort.ascending("firstStopAt", "id"), page, Function.identity());
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    public RunDetailView detail(long id, Locale locale) {
        // The run with its stops, and the school, zone and plate in one statement each: a driver opens this often.
        DailyRun run = allowed(runs.find("select r from DailyRun r left join fetch r.stops where r.id = ?1", id)
                .singleResultOptional().orElse(null), id);
        Object[] at = runs.getEntityManager().createQuery("select s.nameZh, s.lat, s.lon, v.timeZone, b.plate "
                        + "from School s, Village v, Vehicle b where s.id = :school and v.id = :village and b.id = :vehicle",
                        Object[].class).setParameter("school", run.schoolId).setParameter("village", run.villageId)
                .setParameter("vehicle", run.vehicleId).getSingleResult();
        SchoolPlace school = new SchoolPlace((String) at[0], (Double) at[1], (Double) at[2]);
        ZoneId zone = ZoneId.of((String) at[3]);
        List<RunChild> onRun = riders.list("runId", run.id);
        RunView view = view(run, school.nameZh, (String) at[4], onRun);
        Map<Long, Child> kids = Hql.of("select distinct c from Child c left join fetch c.authorisedAdults where c.id in ?1",
                ids(onRun)).list(children).stream().collect(Collectors.toMap(c -> c.id, c -> c));
        Map<Long, Guardian> families = kids.isEmpty() ? Map.of() : Hql.of("id in ?1",
                kids.values().stream().map(c -> c.guardianId).collect(Collectors.toSet())).list(guardians).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g));
        List<RunDetailView.StopView> stopViews = new ArrayList<>();
        List<Waypoint> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Waypoint schoolPoint = Waypoint.at(new GeoPoint(school.lat(), school.lon()));
        Map<Long, GeoPoint> sides = sides(run.routeId);
        if (run.direction == Direction.FROM_SCHOOL) {
            points.add(schoolPoint);
            names.add(school.nameZh());
        }
        Map<Long, BusStop> stopsById = run.stops.isEmpty() ? Map.of() : Hql.of("id in ?1", run.stops.stream().map(s -> s.stopId).collect(Collectors.toSet()))
                .list(stops).stream().collect(Collectors.toMap(b -> b.id, b -> b));
        for (int k = 0; k < run.stops.size(); k++) {
            RunStop s = run.stops.get(k);
            BusStop stop = stopsById.get(s.stopId);
            List<RunDetailView.Rider> here = onRun.stream().filter(r -> r.stopId.equals(s.stopId))
                    .map(r -> rider(r, kids.get(r.childId), families)).toList();
            stopViews.add(new RunDetailView.StopView(k, stop.id, stop.name, stop.lat, stop.lon, s.plannedAt,
                    s.plannedAt.atZone(zone).format(HH_MM), here, sides.containsKey(stop.id)));
            points.add(new Waypoint(stop.point(), sides.get(stop.id)));
            names.add(stop.name);
        }
        if (run.direction == Direction.TO_SCHOOL) {
            points.add(schoolPoint);
            names.add(school.nameZh());
        }
        RunDetailView.Place schoolPlace = new RunDetailView.Place(school.nameZh(), school.lat(), school.lon(),
                run.direction == Direction.TO_SCHOOL ? run.endsAt : run.firstStopAt);
        // Only the line: the route entity would bring its stops and sponsors, which the run has of its own.
        String line = routes.getEntityManager().createQuery("select r.geometry from Route r where r.id = :id", String.class)
                .setParameter("id", run.routeId).getResultStream().findFirst().orElse("[]");
        return new RunDetailView(view, schoolPlace, crew(run.driverId), escortOf(run.escortId), stopViews,
                new RouteDetailView.Line("LineString", geometry.coordinates(line)), directions(run, points, names, locale),
                routing.info().attribution());
    }

    /** The side of the road each stop's families live on, as the route keeps it at the door. */
    private Map<Long, GeoPoint> sides(Long routeId) {
        Map<Long, GeoPoint> sides = new HashMap<>();
        routes.getEntityManager().createQuery("select s.stopId, s.sideLat, s.sideLon from Route r join r.stops s "
                        + "where r.id = :id and s.sideLat is not null", Object[].class).setParameter("id", routeId)
                .getResultStream().forEach(r -> sides.put((Long) r[0], new GeoPoint((Double) r[1], (Double) r[2])));
        return sides;
    }

    private List<RunDetailView.Leg> directions(DailyRun run, List<Waypoint> points, List<String> names, Locale locale) {
        List<RunDetailView.Leg> legs = new ArrayList<>();
        boolean morning = run.direction == Direction.TO_SCHOOL;
        for (int k = 1; k < points.size(); k++) {
            int toSeq = morning ? (k == points.size() - 1 ? -1 : k) : k - 1;
            try {
                RouteView leg = geometry.leg(points.get(k - 1), points.get(k), locale);
                legs.add(new RunDetailView.Leg(toSeq, names.get(k), leg.distanceMeters(), leg.durationSeconds(),
                        leg.instructions()));
            } catch (ProblemException e) {
                // The map may have changed since the plan: the leg is listed without directions, never left out.
                legs.add(new RunDetailView.Leg(toSeq, names.get(k), 0, 0, List.of()));
            }
        }
        return legs;
    }

    private static RunDetailView.Rider rider(RunChild r, Child child, Map<Long, Guardian> families) {
        Guardian g = families.get(child.guardianId);
        RunDetailView.Contact guardian = g == null ? null
                : new RunDetailView.Contact(fullName(g.familyName, g.givenName), g.phone, "guardian");
        List<RunDetailView.Contact> adults = new ArrayList<>();
        for (AuthorisedAdult a : child.authorisedAdults) {
            adults.add(new RunDetailView.Contact(a.name, a.phone, a.relation));
        }
        return new RunDetailView.Rider(child.id, child.givenName, child.needsWheelchair, child.needsBooster,
                child.handoverRequired, guardian, adults, r.state, r.stateAt, r.handedTo, r.note);
    }

    static String fullName(String familyName, String givenName) {
        return (familyName == null ? "" : familyName) + (givenName == null ? "" : givenName);
    }

    private RunDetailView.Crew crew(Long driverId) {
        return person("Driver", driverId);
    }

    private RunDetailView.Crew escortOf(Long escortId) {
        return person("Escort", escortId);
    }

    /** Name and phone only: the entities would bring availability and checks the run screen does not show. */
    private RunDetailView.Crew person(String entity, Long id) {
        if (id == null) {
            return null;
        }
        return drivers.getEntityManager().createQuery("select p.id, p.familyName, p.givenName, p.phone from " + entity
                        + " p where p.id = :id", Object[].class).setParameter("id", id).getResultStream()
                .map(r -> new RunDetailView.Crew((Long) r[0], fullName((String) r[1], (String) r[2]), (String) r[3]))
                .findFirst().orElse(null);
    }

    List<RunView> views(List<DailyRun> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RunChild>> byRun = Hql.of("runId in ?1", list.stream().map(r -> r.id).toList()).list(riders).stream()
                .collect(Collectors.groupingBy(r -> r.runId));
        // One load by id each: a list of runs names a handful of schools and vehicles, and a load by id is the
        // cheapest statement Hibernate has (a multi-load cost more CPU than these queries under load).
        Map<Long, School> schoolsById = new HashMap<>();
        Map<Long, Vehicle> vehiclesById = new HashMap<>();
        for (DailyRun r : list) {
            schoolsById.computeIfAbsent(r.schoolId, schools::findById);
            vehiclesById.computeIfAbsent(r.vehicleId, vehicles::findById);
        }
        return list.stream().map(r -> view(r, schoolsById.get(r.schoolId), vehiclesById.get(r.vehicleId),
                byRun.getOrDefault(r.id, List.of()))).toList();
    }

    /** A run's school as its screen shows it. */
    private record SchoolPlace(String nameZh, double lat, double lon) {
    }

    static RunView view(DailyRun r, School school, Vehicle vehicle, List<RunChild> onRun) {
        return view(r, school.nameZh, vehicle.plate, onRun);
    }

    static RunView view(DailyRun r, String schoolName, String plate, List<RunChild> onRun) {
        return new RunView(r.id, r.serviceDate, r.direction, r.name, r.status, r.reasons(), r.schoolId, schoolName,
                r.vehicleId, plate, r.seats, r.driverId, r.escortId, r.escortCheckedInAt, r.firstStopAt, r.endsAt,
                r.startedAt, r.completedAt, RunView.Count.of(onRun));
    }

    private static List<Long> ids(List<RunChild> onRun) {
        List<Long> ids = onRun.stream().map(r -> r.childId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** Today in the village asked for, else in the caller's first village (a coordinator's usual one). */
    private LocalDate defaultDay(Long villageId) {
        if (villageId != null) {
            return today(villageId);
        }
        return access.caller().villageIds().stream().sorted().findFirst().map(this::today)
                .orElse(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
    }

    LocalDate today(long villageId) {
        return LocalDate.now(clock.withZone(ZoneId.of(villages.findById(villageId).timeZone)));
    }
}
