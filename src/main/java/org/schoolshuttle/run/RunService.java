package org.schoolshuttle.run;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.RouteDetailView;
import org.schoolshuttle.route.RouteGeometry;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reads daily runs for the people allowed to see them: a driver their own, a coordinator their villages'. */
@ApplicationScoped
public class RunService {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final DailyRunRepository runs;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final DriverRepository drivers;
    private final RouteGeometry geometry;
    private final RoutingService routing;
    private final AccessPolicy access;
    private final Clock clock;

    RunService(DailyRunRepository runs, SchoolRepository schools, VillageRepository villages,
               DriverRepository drivers, RouteGeometry geometry,
               RoutingService routing, AccessPolicy access, Clock clock) {
        this.runs = runs;
        this.schools = schools;
        this.villages = villages;
        this.drivers = drivers;
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
        // Four statements: a driver's phone opens this all through the run, and each statement and each entity
        // loaded costs more under load than the columns the screen shows.
        DailyRun run = allowed(runs.find("select r from DailyRun r left join fetch r.stops where r.id = ?1", id)
                .singleResultOptional().orElse(null), id);
        EntityManager em = runs.getEntityManager();
        Object[] at = em.createQuery("select s.nameZh, s.lat, s.lon, v.timeZone, b.plate, r.geometry, "
                        + "d.id, d.familyName, d.givenName, d.phone, e.id, e.familyName, e.givenName, e.phone "
                        + "from School s join Village v on v.id = :village join Vehicle b on b.id = :vehicle "
                        + "left join Route r on r.id = :route left join Driver d on d.id = :driver "
                        + "left join Escort e on e.id = :escort where s.id = :school", Object[].class)
                .setParameter("school", run.schoolId).setParameter("village", run.villageId)
                .setParameter("vehicle", run.vehicleId).setParameter("route", run.routeId)
                .setParameter("driver", run.driverId).setParameter("escort", run.escortId).getSingleResult();
        SchoolPlace school = new SchoolPlace((String) at[0], (Double) at[1], (Double) at[2]);
        ZoneId zone = ZoneId.of((String) at[3]);
        RunRiders onRun = RunRiders.of(em, run.id);
        RunView view = view(run, school.nameZh, (String) at[4], onRun.count());
        List<RunDetailView.StopView> stopViews = new ArrayList<>();
        List<Waypoint> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<RunDetailView.Place> visits = visits(em, run, zone);
        if (visits.isEmpty()) {
            visits = List.of(new RunDetailView.Place(run.schoolId, school.nameZh(), school.lat(), school.lon(),
                    run.direction == Direction.TO_SCHOOL ? run.endsAt : run.firstStopAt));
        }
        if (run.direction == Direction.FROM_SCHOOL) {
            for (RunDetailView.Place p : visits) {
                points.add(Waypoint.at(new GeoPoint(p.lat(), p.lon())));
                names.add(p.name());
            }
        }
        Map<Long, StopPlace> stopsById = stopPlaces(em, run);
        for (int k = 0; k < run.stops.size(); k++) {
            RunStop s = run.stops.get(k);
            StopPlace stop = stopsById.get(s.stopId);
            stopViews.add(new RunDetailView.StopView(k, s.stopId, stop.name(), stop.lat(), stop.lon(), s.plannedAt,
                    s.plannedAt.atZone(zone).format(HH_MM), onRun.at(s.stopId), stop.side() != null));
            points.add(new Waypoint(new GeoPoint(stop.lat(), stop.lon()), stop.side()));
            names.add(stop.name());
        }
        if (run.direction == Direction.TO_SCHOOL) {
            for (RunDetailView.Place p : visits) {
                points.add(Waypoint.at(new GeoPoint(p.lat(), p.lon())));
                names.add(p.name());
            }
        }
        RunDetailView.Place schoolPlace = run.direction == Direction.TO_SCHOOL ? visits.get(visits.size() - 1) : visits.get(0);
        String line = at[5] == null ? "[]" : (String) at[5];
        return new RunDetailView(view, schoolPlace, visits, crew(at, 6), crew(at, 10), stopViews,
                new RouteDetailView.Line("LineString", geometry.coordinates(line)), directions(run, points, names, locale),
                routing.info().attribution());
    }

    /** The schools the run's route serves, in driving order, with when it is at each that day. */
    private static List<RunDetailView.Place> visits(EntityManager em, DailyRun run, ZoneId zone) {
        return em.createQuery("select s.id, s.nameZh, s.lat, s.lon, rs.plannedTime from Route r join r.schools rs "
                        + "join School s on s.id = rs.schoolId where r.id = :route order by index(rs)", Object[].class)
                .setParameter("route", run.routeId).getResultStream()
                .map(row -> new RunDetailView.Place((Long) row[0], (String) row[1], (Double) row[2], (Double) row[3],
                        run.serviceDate.atStartOfDay(zone).plusSeconds((Integer) row[4]).toInstant())).toList();
    }

    /** A stop of the run where the driver pulls in, and the side of the road its families live on (null: either). */
    private record StopPlace(String name, double lat, double lon, GeoPoint side) {
    }

    /** The run's stops, each with the side its route keeps at the door, in one statement. */
    private static Map<Long, StopPlace> stopPlaces(EntityManager em, DailyRun run) {
        Map<Long, StopPlace> places = new HashMap<>();
        if (run.stops.isEmpty()) {
            return places;
        }
        // Through the run, not "id in (…)": Hibernate translates a query with a list parameter anew every time.
        em.createQuery("select b.id, b.name, b.lat, b.lon, s.sideLat, s.sideLon from DailyRun d join d.stops rs "
                        + "join BusStop b on b.id = rs.stopId left join Route r on r.id = d.routeId "
                        + "left join r.stops s on s.stopId = b.id where d.id = :run", Object[].class)
                .setParameter("run", run.id)
                .getResultStream().forEach(r -> {
                    GeoPoint side = r[4] == null || r[5] == null ? null : new GeoPoint((Double) r[4], (Double) r[5]);
                    places.merge((Long) r[0], new StopPlace((String) r[1], (Double) r[2], (Double) r[3], side),
                            (kept, other) -> kept.side() != null ? kept : other);
                });
        return places;
    }

    /** The driver or escort in the columns from {@code from} (id, family name, given name, phone), or null. */
    private static RunDetailView.Crew crew(Object[] row, int from) {
        return row[from] == null ? null : new RunDetailView.Crew((Long) row[from],
                fullName((String) row[from + 1], (String) row[from + 2]), (String) row[from + 3]);
    }

    private List<RunDetailView.Leg> directions(DailyRun run, List<Waypoint> points, List<String> names, Locale locale) {
        List<RunDetailView.Leg> legs = new ArrayList<>();
        boolean morning = run.direction == Direction.TO_SCHOOL;
        for (int k = 1; k < points.size(); k++) {
            // The schools come after the stops in the morning and before them in the afternoon.
            int schools = points.size() - run.stops.size();
            int toSeq = morning ? (k >= run.stops.size() ? -1 : k) : (k < schools ? -1 : k - schools);
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

    static String fullName(String familyName, String givenName) {
        return (familyName == null ? "" : familyName) + (givenName == null ? "" : givenName);
    }

    List<RunView> views(List<DailyRun> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        // Two statements of columns whatever the number of runs: the children counted by state, and each run's
        // school name and plate (loading the school and vehicle entities cost a statement each, and more).
        List<Long> ids = list.stream().map(r -> r.id).toList();
        EntityManager em = runs.getEntityManager();
        Map<Long, Map<RiderState, Long>> states = new HashMap<>();
        Hql.of("select r.runId, r.state, count(r) from RunChild r where r.runId in ?1 group by r.runId, r.state", ids)
                .list(em, Object[].class).forEach(row -> states.computeIfAbsent((Long) row[0], k -> new EnumMap<>(RiderState.class))
                        .put((RiderState) row[1], (Long) row[2]));
        Map<Long, Object[]> names = new HashMap<>();
        Hql.of("select r.id, s.nameZh, v.plate from DailyRun r left join School s on s.id = r.schoolId "
                        + "left join Vehicle v on v.id = r.vehicleId where r.id in ?1", ids)
                .list(em, Object[].class).forEach(row -> names.put((Long) row[0], row));
        return list.stream().map(r -> view(r, (String) names.get(r.id)[1], (String) names.get(r.id)[2],
                RunView.Count.of(states.getOrDefault(r.id, Map.of())))).toList();
    }

    /** A run's school as its screen shows it. */
    private record SchoolPlace(String nameZh, double lat, double lon) {
    }

    static RunView view(DailyRun r, String schoolName, String plate, RunView.Count count) {
        return new RunView(r.id, r.serviceDate, r.direction, r.name, r.status, r.reasons(), r.schoolId, schoolName,
                r.vehicleId, plate, r.seats, r.driverId, r.escortId, r.escortCheckedInAt, r.firstStopAt, r.endsAt,
                r.startedAt, r.completedAt, count);
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
