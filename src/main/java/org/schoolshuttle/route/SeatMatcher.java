package org.schoolshuttle.route;

import jakarta.enterprise.event.Event;
import org.schoolshuttle.notify.Text;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.routing.Waypoint;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildPlacementChanged;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.StreetMap;
import org.schoolshuttle.planning.CurbDrive;
import org.schoolshuttle.planning.CurbSide;
import org.schoolshuttle.planning.SchoolPlanner;
import org.schoolshuttle.planning.TravelTimes;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.planning.WalkDistances;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instant matching: seats a child on the school's published plan the moment they are registered or move —
 * at the nearest stop within their walking limit on a route with a free seat whose times keep every child within
 * the ride limit; else at a new stop near home inserted where it makes the least detour; else on the waitlist
 * with the reason. The school's row is locked for the whole match, so two families registering at the same
 * moment are seated one after the other and a seat is never given twice.
 */
@ApplicationScoped
public class SeatMatcher {

    static final String AUDIT_TYPE = "assignment";
    private static final String IN_PUBLISHED_PLANS = "select p.planId from PublishedPlan p";

    private final SchoolRepository schools;
    private final ChildRepository children;
    private final PublishedPlanRepository published;
    private final RouteRepository routes;
    private final AssignmentRepository assignments;
    private final BusStopRepository stops;
    private final SchoolDemandReader demand;
    private final RouteGeometry geometry;
    private final RoutingService routing;
    private final VehicleRepository vehicles;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<PublishedPlanChanged> changed;

    SeatMatcher(SchoolRepository schools, ChildRepository children, PublishedPlanRepository published,
                RouteRepository routes, AssignmentRepository assignments, BusStopRepository stops,
                SchoolDemandReader demand, RouteGeometry geometry, RoutingService routing, VehicleRepository vehicles,
                AuditLog audit, Outbox outbox, Clock clock, Event<PublishedPlanChanged> changed) {
        this.schools = schools;
        this.children = children;
        this.published = published;
        this.routes = routes;
        this.assignments = assignments;
        this.stops = stops;
        this.demand = demand;
        this.geometry = geometry;
        this.routing = routing;
        this.vehicles = vehicles;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.changed = changed;
    }

    /** After a registration or move has committed: match in a transaction of its own, never undoing the change. */
    void onPlacementChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChildPlacementChanged change) {
        try {
            QuarkusTransaction.requiringNew().run(() -> match(change.childId()));
        } catch (RuntimeException e) {
            // The registration stands; the coordinator's re-plan or the next change seats the child.
            Log.errorf(e, "instant matching of child %d failed", change.childId());
        }
    }

    /** Seats the child on their school's published plan, or waitlists them; nothing when no plan is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Assignment> match(long childId) {
        Child child = children.findById(childId);
        if (child == null) {
            return Optional.empty();
        }
        List<Assignment> before = publishedSeats(childId);
        // Every school involved is locked, in id order so two matches never wait for each other in a circle.
        java.util.TreeSet<Long> involved = new java.util.TreeSet<>(sharing(child.schoolId));
        before.forEach(a -> involved.addAll(sharing(routes.findById(a.routeId).schoolId)));
        School school = null;
        for (long id : involved) {
            School locked = schools.findById(id, LockModeType.PESSIMISTIC_WRITE);
            school = id == child.schoolId ? locked : school;
        }
        // Read again under the locks: a match that ran meanwhile may have moved the child's seat.
        before = publishedSeats(childId);
        for (Assignment seat : before) {
            for (long other : sharing(routes.findById(seat.routeId).schoolId)) {
                if (involved.add(other)) {
                    schools.findById(other, LockModeType.PESSIMISTIC_WRITE);
                }
            }
        }
        // A child who moved or changed school leaves their old seat; a stop nobody boards at any more is dropped.
        for (Assignment old : assignments.list("childId = ?1 and direction = ?2 and planId in ("
                + IN_PUBLISHED_PLANS + ")", childId, Direction.TO_SCHOOL)) {
            audit.deleted(AUDIT_TYPE, old.id, villageOfPlan(old.planId));
        }
        assignments.delete("childId = ?1 and planId in (" + IN_PUBLISHED_PLANS + ")", childId);
        for (Assignment old : before) {
            if (assignments.count("routeId = ?1 and stopId = ?2", old.routeId, old.stopId) == 0) {
                vacate(routes.findById(old.routeId), old.stopId);
            }
        }
        involved.forEach(id -> changed.fire(new PublishedPlanChanged(id)));
        if (child.status != ChildStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<PublishedPlan> plan = published.findByIdOptional(school.id);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matchInPlan(child, school, plan.get().planId, true));
    }

    /**
     * The school and, when its published plan is shared (mixed load), every school of that plan: a seat on it is
     * sold under all their locks, as its publication takes them.
     */
    private List<Long> sharing(long schoolId) {
        // Columns, not the PublishedPlan entity: read before the locks, an entity would be served stale after them.
        List<Long> shared = assignments.getEntityManager().createQuery("select s from RoutePlan p join p.schoolIds s "
                + "where p.id = (select q.planId from PublishedPlan q where q.schoolId = :school)", Long.class)
                .setParameter("school", schoolId).getResultList();
        return shared.isEmpty() ? List.of(schoolId) : shared;
    }

    /** The child's morning seats on published plans (one, unless they changed school meanwhile). */
    private List<Assignment> publishedSeats(long childId) {
        return assignments.list("childId = ?1 and direction = ?2 and routeId is not null and planId in ("
                + IN_PUBLISHED_PLANS + ")", childId, Direction.TO_SCHOOL);
    }

    /**
     * The match itself; the caller holds the school's lock. With {@code tellOthers}, families whose times move by a
     * minute or more are sent a message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Assignment matchInPlan(Child child, School school, long planId, boolean tellOthers) {
        Instant now = clock.instant();
        // A shared plan: a new stop goes on this school's own routes only; a shared route takes a child at one of its
        // stops when its times, weighed again for every school it serves, still hold (SharedSeat).
        List<Route> planned = routes.list("planId = ?1 and direction = ?2 order by id", planId, Direction.TO_SCHOOL);
        List<Route> morning = planned.stream().filter(r -> r.schoolId.equals(school.id) && !r.shared()).toList();
        // Each morning route's afternoon twin: the same vehicle, the same stops, in an order of its own.
        Map<Long, Route> afternoonOf = new HashMap<>();
        routes.list("planId = ?1 and direction = ?2", planId, Direction.FROM_SCHOOL)
                .forEach(r -> afternoonOf.put(r.vehicleId, r));
        if (planned.stream().noneMatch(r -> r.serves(school.id))) {
            return waitlist(planId, child.id, school.villageId, WaitReason.NO_ROUTE_FOR_SCHOOL, now);
        }
        if (child.homeLat == null) {
            return waitlist(planId, child.id, school.villageId, WaitReason.OUTSIDE_MAP, now);
        }
        Load load = new Load(assignments.getEntityManager().createQuery("select a.routeId, a.stopId, c.needsWheelchair,"
                + " c.needsBooster from Assignment a, Child c where c.id = a.childId and a.planId = :plan"
                + " and a.direction = :direction and a.routeId is not null", Object[].class)
                .setParameter("plan", planId).setParameter("direction", Direction.TO_SCHOOL).getResultList());
        SchoolDemand.Pupil pupil = demand.pupil(school, child);
        StreetMap map = routing.streetMap();
        if (morning.isEmpty()) {
            // Every route of the school is shared: a seat at one of their stops, or the reason there is none.
            Verdict verdict = new Verdict();
            SharedOption shared = sharedStop(planned, child, school, pupil, load, verdict, Double.MAX_VALUE, map);
            if (shared != null) {
                return seatShared(planId, child, school, shared, now, tellOthers);
            }
            WaitReason reason = !verdict.walkable ? WaitReason.TOO_FAR_TO_WALK : verdict.rideTooLong
                    ? WaitReason.RIDE_TOO_LONG : verdict.needsBlocked ? WaitReason.NEEDS_NOT_MET : WaitReason.NO_SEAT;
            return waitlist(planId, child.id, school.villageId, reason, now);
        }

        // One matrix for everything: school, every stop of the plan, and a new stop near home.
        Map<Long, Integer> index = new LinkedHashMap<>();
        List<GeoPoint> points = new ArrayList<>();
        points.add(new GeoPoint(school.lat, school.lon));
        Map<Long, BusStop> known = new HashMap<>();
        stops.list("id in ?1", morning.stream().flatMap(r -> r.stops.stream()).map(s -> s.stopId).distinct().toList())
                .forEach(s -> known.put(s.id, s));
        for (Route r : morning) {
            for (RouteStop s : r.stops) {
                if (!index.containsKey(s.stopId)) {
                    index.put(s.stopId, points.size());
                    points.add(known.get(s.stopId).point());
                }
            }
        }
        Optional<StreetMap.NamedPoint> near = map.busStopNear(pupil.home());
        int fresh = near.isPresent() ? points.size() : -1;
        near.ifPresent(p -> points.add(p.point()));
        WalkDistances walk = map.walking(List.of(pupil.home()), points.subList(1, points.size()));
        TravelTimes drive = map.driving(points);

        Verdict verdict = new Verdict();
        Option best = null;
        for (Route r : morning) {
            for (int k = 0; k < r.stops.size(); k++) {
                long stopId = r.stops.get(k).stopId;
                double metres = walk.metres(0, index.get(stopId) - 1);
                if (metres > pupil.walkLimit()) {
                    continue;
                }
                verdict.walkable = true;
                if (!verdict.fits(r, load, pupil)) {
                    continue;
                }
                RouteTimes times = timesWith(r, afternoonOf.get(r.vehicleId), load, drive, index, k, -1, school);
                if (verdict.withinRide(times, pupil) && (best == null || metres < best.walk)) {
                    best = new Option(r, k, false, metres, times, 0, 0);
                }
            }
        }
        // A shared route's stop nearer than any of the school's own: the shared route's times are weighed again.
        SharedOption shared = sharedStop(planned, child, school, pupil, load, verdict, best == null ? Double.MAX_VALUE : best.walk, map);
        if (shared != null) {
            return seatShared(planId, child, school, shared, now, tellOthers);
        }
        if (best == null && fresh > 0 && walk.metres(0, fresh - 1) <= pupil.walkLimit()) {
            double metres = walk.metres(0, fresh - 1);
            verdict.walkable = true;
            double leastDetour = Double.MAX_VALUE;
            for (Route r : morning) {
                if (!verdict.fits(r, load, pupil)) {
                    continue;
                }
                for (int k = 0; k <= r.stops.size(); k++) {
                    int before = k == 0 ? 0 : index.get(r.stops.get(k - 1).stopId);
                    int after = k == r.stops.size() ? 0 : index.get(r.stops.get(k).stopId);
                    double detour = drive.seconds(before, fresh) + drive.seconds(fresh, after) - drive.seconds(before, after);
                    if (!Double.isFinite(detour) || detour >= leastDetour) {
                        continue;
                    }
                    Route back = afternoonOf.get(r.vehicleId);
                    RouteTimes times = timesWith(r, back, load, drive, index, k, fresh, school);
                    if (verdict.withinRide(times, pupil)) {
                        leastDetour = detour;
                        best = new Option(r, k, true, metres, times, drive.metres(before, fresh)
                                + drive.metres(fresh, after) - drive.metres(before, after),
                                afternoonMetresAdded(times, r, index, k, fresh, drive));
                    }
                }
            }
        }
        if (best == null) {
            return waitlist(planId, child.id, school.villageId, verdict.reason(near.isPresent(), drive, fresh), now);
        }
        return seat(planId, child, school, curbSide(best, map, points, drive, fresh, pupil, school),
                near.orElse(null), now, tellOthers);
    }

    /** A stop of a shared route the child can walk to, and the route's times with them on board. */
    private record SharedOption(Route route, int position, double walk, SharedSeat times) {
    }

    /**
     * The nearest stop of a shared route serving the child's school, nearer than {@code within}, with a free seat
     * (and special place) and times that still hold for every school and child it serves; null when none.
     */
    private SharedOption sharedStop(List<Route> planned, Child child, School school, SchoolDemand.Pupil pupil, Load load,
                                    Verdict verdict, double within, StreetMap map) {
        SharedOption best = null;
        for (Route r : planned) {
            if (!r.shared() || !r.serves(school.id) || r.stops.isEmpty() || !verdict.fits(r, load, pupil)) {
                continue;
            }
            List<GeoPoint> points = r.stops.stream().map(s -> stops.findById(s.stopId).point()).toList();
            WalkDistances walk = map.walking(List.of(pupil.home()), points);
            List<Map<Long, Integer>> onBoard = new ArrayList<>();
            r.stops.forEach(s -> onBoard.add(new HashMap<>()));
            for (Object[] row : assignments.getEntityManager().createQuery("select a.stopId, c.schoolId, count(a) "
                            + "from Assignment a, Child c where a.routeId = :route and c.id = a.childId "
                            + "group by a.stopId, c.schoolId", Object[].class)
                    .setParameter("route", r.id).getResultList()) {
                int k = r.positionOf((Long) row[0]);
                if (k >= 0) {
                    onBoard.get(k).put((Long) row[1], ((Long) row[2]).intValue());
                }
            }
            List<School> served = r.schools.stream().map(x -> schools.findById(x.schoolId)).toList();
            for (int k = 0; k < r.stops.size(); k++) {
                double metres = walk.metres(0, k);
                if (metres > pupil.walkLimit() || metres >= within || (best != null && metres >= best.walk)) {
                    continue;
                }
                verdict.walkable = true;
                Optional<SharedSeat> times = SharedSeat.with(r, points, onBoard, k, school.id, served, demand, map);
                if (times.isPresent()) {
                    best = new SharedOption(r, k, metres, times.get());
                } else {
                    verdict.rideTooLong = true;
                }
            }
        }
        return best;
    }

    private Assignment seatShared(long planId, Child child, School school, SharedOption option, Instant now,
                                  boolean tellOthers) {
        Route to = option.route;
        Route from = routes.find("planId = ?1 and direction = ?2 and vehicleId = ?3", planId, Direction.FROM_SCHOOL,
                to.vehicleId).firstResult();
        Map<Long, int[]> before = timesAt(to, from);
        option.times.applyTo(to, from);
        if (to.stops.stream().anyMatch(s -> s.side() != null)) {
            // Timed again on the matrix's legs (SharedSeat): the route drives them, no side kept, as it is drawn.
            to.stops.forEach(s -> s.sideLat = s.sideLon = null);
            from.stops.forEach(s -> s.sideLat = s.sideLon = null);
            redraw(to, from, school);
        }
        long stopId = to.stops.get(option.position).stopId;
        assignments.persist(Assignment.seat(planId, child.id, Direction.FROM_SCHOOL, from.id, stopId, option.walk, now));
        Assignment seat = Assignment.seat(planId, child.id, Direction.TO_SCHOOL, to.id, stopId, option.walk, now);
        assignments.persist(seat);
        audit.created(AUDIT_TYPE, seat.id, school.villageId, Map.of("childId", child.id, "planId", planId,
                "routeId", to.id, "stopId", stopId, "newStop", false));
        if (tellOthers) {
            tellChangedTimes(to, from, before, child.id);
        }
        return seat;
    }

    private Assignment seat(long planId, Child child, School school, Option option, StreetMap.NamedPoint near,
                            Instant now, boolean tellOthers) {
        Route to = option.route;
        Route from = routes.find("planId = ?1 and direction = ?2 and vehicleId = ?3", planId, Direction.FROM_SCHOOL,
                to.vehicleId).firstResult();
        Map<Long, int[]> before = timesAt(to, from);
        long stopId;
        boolean sidesDropped = option.curbSide == null && to.stops.stream().anyMatch(s -> s.side() != null);
        if (sidesDropped) {
            // Driven curb side, the route would keep a ride past its limit: it drives the matrix's legs again.
            to.stops.forEach(s -> s.sideLat = s.sideLon = null);
        }
        if (option.newStop) {
            stopId = newStop(school.villageId, near, now).id;
            to.stops.add(option.position, new RouteStop(stopId, 0, option.curbSide == null ? null
                    : option.curbSide.newStopSide()));
        } else {
            stopId = to.stops.get(option.position).stopId;
        }
        retime(to, from, option.curbSide != null ? option.curbSide.times() : option.times);
        if (option.newStop || sidesDropped) {
            // Measured as the planner measures a detour; the way from the vehicle's base to the first stop is kept.
            to.metres += option.extraMetres;
            from.metres += option.afternoonExtraMetres;
            redraw(to, from, school);
        }
        assignments.persist(Assignment.seat(planId, child.id, Direction.FROM_SCHOOL, from.id, stopId, option.walk, now));
        Assignment seat = Assignment.seat(planId, child.id, Direction.TO_SCHOOL, to.id, stopId, option.walk, now);
        assignments.persist(seat);
        audit.created(AUDIT_TYPE, seat.id, school.villageId, Map.of("childId", child.id, "planId", planId,
                "routeId", to.id, "stopId", stopId, "newStop", option.newStop));
        if (tellOthers) {
            tellChangedTimes(to, from, before, child.id);
        }
        return seat;
    }

    /** Draws both routes again along the roads, from and back to where the vehicle is kept. */
    private void redraw(Route to, Route from, School school) {
        List<Waypoint> line = new ArrayList<>();
        for (RouteStop s : to.stops) {
            line.add(new Waypoint(stops.findById(s.stopId).point(), s.side()));
        }
        line.addAll(schoolPoints(to, school));
        List<Waypoint> back = new ArrayList<>(schoolPoints(from, school));
        for (RouteStop s : from.stops) {
            back.add(new Waypoint(stops.findById(s.stopId).point(), s.side()));
        }
        GeoPoint base = demand.base(vehicles.findById(to.vehicleId));
        if (base != null) {
            line.add(0, Waypoint.at(base));
            back.add(Waypoint.at(base));
        }
        to.geometry = geometry.along(line);
        from.geometry = geometry.along(back);
    }

    /** The schools a route drives to (morning) or from (afternoon), in its order: a shared route has several. */
    private List<Waypoint> schoolPoints(Route route, School school) {
        if (route.schools.isEmpty()) {
            return List.of(Waypoint.at(new GeoPoint(school.lat, school.lon)));
        }
        return route.schools.stream().map(x -> schools.findById(x.schoolId))
                .map(s -> Waypoint.at(new GeoPoint(s.lat, s.lon))).toList();
    }

    /** Drops a stop nobody boards at from a morning route and its afternoon twin, and times both again. */
    private void vacate(Route to, long stopId) {
        if (to.shared()) {
            // Its times were weighed for every school it serves; the stop stays until the next plan.
            return;
        }
        Route from = routes.find("planId = ?1 and direction = ?2 and vehicleId = ?3", to.planId, Direction.FROM_SCHOOL,
                to.vehicleId).firstResult();
        School school = schools.findById(to.schoolId);
        int k = to.positionOf(stopId);
        if (k < 0) {
            return;
        }
        Map<Long, int[]> timesBefore = timesAt(to, from);
        List<GeoPoint> points = new ArrayList<>();
        points.add(new GeoPoint(school.lat, school.lon));
        for (RouteStop s : to.stops) {
            points.add(stops.findById(s.stopId).point());
        }
        TravelTimes drive = routing.streetMap().driving(points);
        int before = k == 0 ? 0 : k;
        int after = k + 1 < to.stops.size() ? k + 2 : 0;
        double saved = drive.metres(before, k + 1) + drive.metres(k + 1, after) - drive.metres(before, after);
        int j = from.positionOf(stopId);
        // The afternoon's neighbours of the stop, as matrix indexes (the stop's morning position + 1).
        int backBefore = j == 0 ? 0 : to.positionOf(from.stops.get(j - 1).stopId) + 1;
        double savedBack = drive.metres(backBefore, k + 1);
        if (j + 1 < from.stops.size()) {
            int backAfter = to.positionOf(from.stops.get(j + 1).stopId) + 1;
            savedBack += drive.metres(k + 1, backAfter) - drive.metres(backBefore, backAfter);
        }
        to.stops.remove(k);
        from.stops.remove(j);
        to.metres -= saved;
        from.metres -= savedBack;
        if (to.stops.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        int[] boarding = new int[to.stops.size()];
        for (int p = 0; p < to.stops.size(); p++) {
            order.add(p < k ? p + 1 : p + 2);
            boarding[p] = (int) assignments.count("routeId = ?1 and stopId = ?2", to.id, to.stops.get(p).stopId);
        }
        RouteTimes times = RouteTimes.of(drive, order, afternoonPositions(to, from), boarding, demand.dwell(),
                to.schoolTime, from.schoolTime);
        RouteTimes curb = curbTimes(routing.streetMap(), points, drive, times,
                to.stops.stream().map(RouteStop::side).toList(), to.schoolTime, from.schoolTime, demand.rideLimitSeconds());
        if (curb == null) {
            to.stops.forEach(s -> s.sideLat = s.sideLon = null);
        }
        retime(to, from, curb != null ? curb : times);
        redraw(to, from, school);
        tellChangedTimes(to, from, timesBefore, -1);
    }

    private Long villageOfPlan(long planId) {
        return assignments.getEntityManager().createQuery("select s.villageId from School s, RoutePlan p"
                + " where p.id = :plan and s.id = p.schoolId", Long.class).setParameter("plan", planId).getSingleResult();
    }

    /** Per stop of a route pair: the morning and the afternoon time. */
    private static Map<Long, int[]> timesAt(Route to, Route from) {
        Map<Long, int[]> at = new HashMap<>();
        for (RouteStop s : to.stops) {
            at.put(s.stopId, new int[] {s.plannedTime, LoadedPlan.timeAt(from, s.stopId)});
        }
        return at;
    }

    /** A message to every family on the route whose pickup or drop-off moved by a minute or more. */
    private void tellChangedTimes(Route to, Route from, Map<Long, int[]> before, long except) {
        for (RouteStop s : to.stops) {
            int[] then = before.get(s.stopId);
            Integer afternoon = LoadedPlan.timeAt(from, s.stopId);
            if (then == null || afternoon == null
                    || (Math.abs(then[0] - s.plannedTime) < 60 && Math.abs(then[1] - afternoon) < 60)) {
                continue;
            }
            for (Assignment a : assignments.list("routeId = ?1 and stopId = ?2", to.id, s.stopId)) {
                Child c = children.findById(a.childId);
                if (c.id == except) {
                    continue;
                }
                String name = c.givenName == null ? "Your child" : c.givenName;
                String zh = c.givenName == null ? "您的孩子" : c.givenName;
                outbox.queue(c.guardianId, c.id, Outbox.PLAN_CHANGED, new Text(
                        zh + "的校车时间有变：早上 " + RouteDetailView.time(s.plannedTime) + " 上车，下午 "
                                + RouteDetailView.time(afternoon) + " 下车（因另一家庭加入，路线有调整）。",
                        name + "'s school shuttle has new times: pickup at " + RouteDetailView.time(s.plannedTime)
                                + " in the morning, drop-off at " + RouteDetailView.time(afternoon)
                                + " in the afternoon (the route changed for another family)."));
            }
        }
    }

    private BusStop newStop(long villageId, StreetMap.NamedPoint near, Instant now) {
        BusStop same = stops.find("villageId = ?1 and lat = ?2 and lon = ?3", villageId, near.point().lat(),
                near.point().lon()).firstResult();
        if (same != null) {
            return same;
        }
        BusStop stop = new BusStop();
        stop.villageId = villageId;
        stop.name = near.name().isBlank()
                ? String.format(java.util.Locale.ROOT, "Stop %.4f, %.4f", near.point().lat(), near.point().lon())
                : near.name();
        stop.lat = near.point().lat();
        stop.lon = near.point().lon();
        stop.createdAt = now;
        stops.persist(stop);
        return stop;
    }

    private Assignment waitlist(long planId, long childId, long villageId, WaitReason reason, Instant now) {
        assignments.persist(Assignment.waiting(planId, childId, Direction.FROM_SCHOOL, reason, now));
        Assignment a = Assignment.waiting(planId, childId, Direction.TO_SCHOOL, reason, now);
        assignments.persist(a);
        audit.created(AUDIT_TYPE, a.id, villageId, Map.of("childId", childId, "planId", planId, "waitlistReason", reason));
        return a;
    }

    /**
     * The route's times with the child boarding at position k: at the stop already there ({@code fresh} -1), or at
     * a new stop (matrix index {@code fresh}) inserted before position k.
     */
    private RouteTimes timesWith(Route r, Route back, Load load, TravelTimes drive, Map<Long, Integer> index, int k,
                                 int fresh, School school) {
        List<Integer> order = new ArrayList<>();
        List<Integer> boarding = new ArrayList<>();
        for (RouteStop s : r.stops) {
            order.add(index.get(s.stopId));
            boarding.add(load.at(r.id, s.stopId));
        }
        if (fresh < 0) {
            boarding.set(k, boarding.get(k) + 1);
        } else {
            order.add(k, fresh);
            boarding.add(k, 1);
        }
        int[] counts = boarding.stream().mapToInt(Integer::intValue).toArray();
        int[] afternoon = afternoonPositions(r, back);
        if (fresh >= 0) {
            afternoon = withNewStop(afternoon, k, order, drive);
        }
        return RouteTimes.of(drive, order, afternoon, counts, demand.dwell(), r.schoolTime, demand.leave(school));
    }

    /** The afternoon route's stops as positions in the morning route, in the order the afternoon drives them. */
    private static int[] afternoonPositions(Route to, Route from) {
        int[] positions = new int[from.stops.size()];
        for (int j = 0; j < positions.length; j++) {
            positions[j] = to.positionOf(from.stops.get(j).stopId);
        }
        return positions;
    }

    /**
     * The afternoon order with a new stop, now at morning position {@code k}, put where it adds the least
     * driving to the afternoon: its own choice, not the mirror of the morning's.
     *
     * @param order matrix index of each stop in morning order, the new stop included
     */
    private static int[] withNewStop(int[] afternoon, int k, List<Integer> order, TravelTimes drive) {
        int fresh = order.get(k);
        int[] shifted = java.util.Arrays.stream(afternoon).map(p -> p >= k ? p + 1 : p).toArray();
        int bestAt = shifted.length;
        double least = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= shifted.length; j++) {
            int before = j == 0 ? 0 : order.get(shifted[j - 1]);
            double added = drive.seconds(before, fresh);
            if (j < shifted.length) {
                int after = order.get(shifted[j]);
                added += drive.seconds(fresh, after) - drive.seconds(before, after);
            }
            if (added < least) {
                least = added;
                bestAt = j;
            }
        }
        int[] with = new int[shifted.length + 1];
        for (int j = 0, s = 0; j < with.length; j++) {
            with[j] = j == bestAt ? k : shifted[s++];
        }
        return with;
    }

    /**
     * Metres the new stop, at morning position {@code k} (matrix index {@code fresh}), adds to the afternoon route
     * where {@link #withNewStop} put it.
     */
    private static double afternoonMetresAdded(RouteTimes times, Route r, Map<Long, Integer> index, int k, int fresh,
                                               TravelTimes drive) {
        int[] afternoon = times.afternoonOrder();
        int[] matrix = new int[afternoon.length];
        for (int j = 0; j < afternoon.length; j++) {
            int p = afternoon[j];
            matrix[j] = p == k ? fresh : index.get(r.stops.get(p < k ? p : p - 1).stopId);
        }
        for (int j = 0; j < afternoon.length; j++) {
            if (afternoon[j] == k) {
                int before = j == 0 ? 0 : matrix[j - 1];
                double added = drive.metres(before, fresh);
                if (j + 1 < afternoon.length) {
                    added += drive.metres(fresh, matrix[j + 1]) - drive.metres(before, matrix[j + 1]);
                }
                return added;
            }
        }
        return 0;
    }

    /** Sets the planned times of both routes from the timetable, the afternoon's stops in the afternoon's order. */
    private static void retime(Route to, Route from, RouteTimes times) {
        int n = to.stops.size();
        for (int k = 0; k < n; k++) {
            to.stops.get(k).plannedTime = times.morning()[k];
        }
        List<RouteStop> back = new ArrayList<>();
        for (int p : times.afternoonOrder()) {
            back.add(new RouteStop(to.stops.get(p).stopId, times.afternoon()[p], to.stops.get(p).side()));
        }
        from.stops.clear();
        from.stops.addAll(back);
        to.driveSeconds = times.driveSeconds();
        from.driveSeconds = times.afternoonEnd() - from.schoolTime;
    }

    /** A way to seat the child and the times it leads to. */
    private record Option(Route route, int position, boolean newStop, double walk, RouteTimes times,
                          double extraMetres, double afternoonExtraMetres, CurbTiming curbSide) {

        Option(Route route, int position, boolean newStop, double walk, RouteTimes times, double extraMetres,
               double afternoonExtraMetres) {
            this(route, position, newStop, walk, times, extraMetres, afternoonExtraMetres, null);
        }

        Option curbSide(CurbTiming timing) {
            return new Option(route, position, newStop, walk, times, extraMetres, afternoonExtraMetres, timing);
        }
    }

    /** The times of a route driven curb side, and the side a new stop keeps (null: none, or no new stop). */
    private record CurbTiming(RouteTimes times, GeoPoint newStopSide) {
    }

    /**
     * The chosen way to seat the child, timed with the route's legs driven curb side (each stop keeping its
     * families' side of the road at the door, the new stop the new family's) when every ride still keeps its
     * limit; otherwise the matrix's times stand and the route keeps no side.
     */
    private Option curbSide(Option option, StreetMap map, List<GeoPoint> points, TravelTimes drive, int fresh,
                            SchoolDemand.Pupil pupil, School school) {
        Route r = option.route;
        List<GeoPoint> sides = new ArrayList<>(r.stops.stream().map(RouteStop::side).toList());
        GeoPoint newSide = null;
        if (option.newStop) {
            newSide = CurbSide.of(points.get(fresh), List.of(pupil.house()));
            sides.add(option.position, newSide);
        }
        RouteTimes timed = curbTimes(map, points, drive, option.times, sides, r.schoolTime, demand.leave(school),
                pupil.rideLimitSeconds());
        return timed == null ? option : option.curbSide(new CurbTiming(timed, newSide));
    }

    /**
     * @param matrixTimes the route timed on the matrix, for its order and load
     * @return the same route timed on curb-side legs, or null when no stop keeps a side, the turns would add more
     * than the planner allows ({@link SchoolPlanner#curbSideBudget}) or a ride would pass {@code rideLimit}
     */
    private RouteTimes curbTimes(StreetMap map, List<GeoPoint> points, TravelTimes drive, RouteTimes matrixTimes,
                                 List<GeoPoint> sides, int arrival, int leave, int rideLimit) {
        int[] stopsAt = matrixTimes.order().stream().mapToInt(Integer::intValue).toArray();
        int[] afternoon = matrixTimes.afternoonOrder();
        // The same budget as the planner's, against the route's driving both ways (about twice the morning's).
        return CurbDrive.of(map, points, drive, stopsAt, sides.toArray(GeoPoint[]::new), afternoon, 0)
                .filter(legs -> legs.extraSeconds() <= SchoolPlanner.curbSideBudget(2.0 * matrixTimes.driveSeconds()))
                .map(legs -> RouteTimes.of(legs, matrixTimes.order(), afternoon, matrixTimes.children(), demand.dwell(),
                        arrival, leave))
                .filter(t -> t.feasible() && t.longestRide() <= rideLimit).orElse(null);
    }

    /** Seats taken per route and stop, and wheelchair and booster places taken per route. */
    private static final class Load {
        final Map<Long, Integer> seated = new HashMap<>();
        final Map<Long, Integer> wheelchairs = new HashMap<>();
        final Map<Long, Integer> boosters = new HashMap<>();
        final Map<String, Integer> perStop = new HashMap<>();

        /** Rows of route id, stop id, needs wheelchair, needs booster: one per child seated. */
        Load(List<Object[]> seats) {
            for (Object[] row : seats) {
                Long routeId = (Long) row[0];
                seated.merge(routeId, 1, Integer::sum);
                perStop.merge(routeId + "/" + row[1], 1, Integer::sum);
                if ((Boolean) row[2]) {
                    wheelchairs.merge(routeId, 1, Integer::sum);
                }
                if ((Boolean) row[3]) {
                    boosters.merge(routeId, 1, Integer::sum);
                }
            }
        }

        int at(long routeId, long stopId) {
            return perStop.getOrDefault(routeId + "/" + stopId, 0);
        }
    }

    /** What stood in the way, to give the family the reason that matters most. */
    private static final class Verdict {
        boolean walkable;
        boolean needsBlocked;
        boolean rideTooLong;

        boolean fits(Route r, Load load, SchoolDemand.Pupil pupil) {
            if (load.seated.getOrDefault(r.id, 0) >= r.seats) {
                return false;
            }
            if ((pupil.wheelchair() && load.wheelchairs.getOrDefault(r.id, 0) >= r.wheelchairPlaces)
                    || (pupil.booster() && load.boosters.getOrDefault(r.id, 0) >= r.boosterSeats)) {
                needsBlocked = true;
                return false;
            }
            return true;
        }

        boolean withinRide(RouteTimes times, SchoolDemand.Pupil pupil) {
            boolean ok = times.feasible() && times.longestRide() <= pupil.rideLimitSeconds();
            rideTooLong |= !ok;
            return ok;
        }

        WaitReason reason(boolean nearRoad, TravelTimes drive, int fresh) {
            if (!walkable) {
                // A stop by the home that no bus can reach from school: the home is beyond the map's roads.
                boolean cutOff = nearRoad && !(Double.isFinite(drive.seconds(fresh, 0))
                        && Double.isFinite(drive.seconds(0, fresh)));
                return cutOff ? WaitReason.OUTSIDE_MAP : WaitReason.TOO_FAR_TO_WALK;
            }
            if (rideTooLong) {
                return WaitReason.RIDE_TOO_LONG;
            }
            if (needsBlocked) {
                return WaitReason.NEEDS_NOT_MET;
            }
            return WaitReason.NO_SEAT;
        }
    }
}
