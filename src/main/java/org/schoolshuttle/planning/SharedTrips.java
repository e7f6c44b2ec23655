package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mixed load on the roads: the routes several schools of a village planned on their own, shared where children of
 * different schools can ride one vehicle both ways. A shared route picks up at its stops, drops at each of its
 * schools in turn inside that school's arrival window, and in the afternoon leaves each school (in the reverse
 * order, at most {@link #AFTERNOON_WAIT_SECONDS} after its usual departure) and drops at the stops in the reverse
 * of the morning order, every child's ride within their limit both ways ({@link MixedLoad}). Routes nothing was
 * moved to or from stay exactly as their school planned them. Then every route gets a vehicle of the fleet, each
 * vehicle one route, least empty driving first; were the routes to outnumber the vehicles, the routes with
 * fewest children wait.
 */
public final class SharedTrips {

    /**
     * The longest a school's children wait after their usual departure for a shared afternoon route to come for
     * them: as wide as the morning's arrival window (10 to 30 minutes before the bell).
     */
    public static final int AFTERNOON_WAIT_SECONDS = 20 * 60;

    private final StreetMap map;

    public SharedTrips(StreetMap map) {
        this.map = map;
    }

    /**
     * @param demands the schools, their children and the one fleet they share (every demand lists the same buses)
     * @param plans   each school's own plan, in the order of {@code demands}
     * @return one plan over every school: routes with the schools they visit ({@link SchoolPlan.BusRoute#visits},
     *         school indices into {@code demands}), seats and waiting children of all of them
     */
    public SchoolPlan share(List<SchoolDemand> demands, List<SchoolPlan> plans, Instant deadline) {
        Points points = new Points();
        List<MixedLoad.School> schools = new ArrayList<>();
        int[] leave = new int[demands.size()];
        for (int j = 0; j < demands.size(); j++) {
            SchoolDemand d = demands.get(j);
            schools.add(new MixedLoad.School(points.of(d.school()), d.arriveEarliest(), d.arriveLatest(),
                    d.dwell().fixedSeconds(), d.dwell().perChildSeconds()));
            leave[j] = d.afternoonLeave();
        }
        // Every school's route, as a trip of pickups: one per stop, its children's tightest limit, its dwell.
        List<MixedLoad.Pickup> pickups = new ArrayList<>();
        List<PlannedStop> origin = new ArrayList<>();
        // Where the families of each planned stop live: the side of the road a shared route keeps there.
        Map<PlannedStop, List<GeoPoint>> houses = new HashMap<>();
        List<MixedLoad.Trip> trips = new ArrayList<>();
        List<MixedLoad.Trip> special = new ArrayList<>();
        Map<MixedLoad.Trip, int[]> planned = new HashMap<>();
        for (int j = 0; j < plans.size(); j++) {
            SchoolDemand d = demands.get(j);
            List<SchoolPlan.BusRoute> routes = plans.get(j).routes();
            int[][] tightest = new int[routes.size()][];
            for (int r = 0; r < routes.size(); r++) {
                tightest[r] = new int[routes.get(r).stops().size()];
                java.util.Arrays.fill(tightest[r], Integer.MAX_VALUE);
            }
            int[] wheelchairs = new int[routes.size()];
            int[] boosters = new int[routes.size()];
            Map<Long, SchoolDemand.Pupil> pupilOf = new HashMap<>();
            d.pupils().forEach(p -> pupilOf.put(p.id(), p));
            final int school = j;
            plans.get(j).seats().forEach((child, seat) -> {
                SchoolDemand.Pupil pupil = pupilOf.get(child);
                houses.computeIfAbsent(new PlannedStop(school, seat.route(), seat.stop()), k -> new ArrayList<>())
                        .add(pupil.house());
                tightest[seat.route()][seat.stop()] = Math.min(tightest[seat.route()][seat.stop()], pupil.rideLimitSeconds());
                wheelchairs[seat.route()] += pupil.wheelchair() ? 1 : 0;
                boosters[seat.route()] += pupil.booster() ? 1 : 0;
            });
            for (int r = 0; r < routes.size(); r++) {
                List<Integer> ids = new ArrayList<>();
                for (int k = 0; k < routes.get(r).stops().size(); k++) {
                    SchoolPlan.TimedStop stop = routes.get(r).stops().get(k);
                    int dwell = d.dwell().at(stop.children());
                    // Both directions count the ride from the vehicle's arrival at the stop: the limit covers the dwell.
                    int limit = tightest[r][k] == Integer.MAX_VALUE ? 0 : tightest[r][k] + dwell;
                    ids.add(pickups.size());
                    pickups.add(new MixedLoad.Pickup(points.of(stop.point()), j, stop.children(), dwell, limit));
                    origin.add(new PlannedStop(j, r, k));
                }
                MixedLoad.Trip trip = new MixedLoad.Trip(ids, List.of(j));
                // A wheelchair place or booster seat is the vehicle's: such a route stays as its school planned it.
                (wheelchairs[r] + boosters[r] > 0 ? special : trips).add(trip);
                planned.put(trip, new int[] {j, r, wheelchairs[r], boosters[r]});
            }
        }
        List<SchoolDemand.Bus> buses = demands.get(0).buses();
        int[] basePoint = new int[buses.size()];
        for (int v = 0; v < buses.size(); v++) {
            GeoPoint base = buses.get(v).base();
            Optional<StreetMap.NamedPoint> road = base == null ? Optional.empty() : map.busStopNear(base);
            basePoint[v] = road.map(p -> points.of(p.point())).orElse(-1);
        }
        TravelTimes drive = map.driving(points.list);
        MixedLoad.Travel seconds = (a, b) -> {
            double s = drive.seconds(a, b);
            return Double.isFinite(s) ? (int) Math.ceil(s) : 1_000_000;
        };
        int largest = buses.stream().mapToInt(SchoolDemand.Bus::seats).max().orElse(1);
        MixedLoad morning = new MixedLoad(schools, pickups, seconds, largest, demands.size());
        MixedLoad afternoon = morning.reversed(leave, AFTERNOON_WAIT_SECONDS);
        morning.alsoHolding(afternoon);
        List<MixedLoad.Trip> shared = new ArrayList<>(morning.improve(trips, deadline));
        shared.addAll(special);

        // The vehicles: every route one, least empty driving from and back to where each is kept.
        List<Draft> drafts = new ArrayList<>();
        for (MixedLoad.Trip t : shared) {
            int[] given = planned.get(t);
            drafts.add(given != null ? Draft.kept(plans.get(given[0]).routes().get(given[1]), given[0], given[1],
                    given[2], given[3], points)
                    : Draft.shared(t, pickups));
        }
        Map<Long, WaitReason> waiting = new LinkedHashMap<>();
        plans.forEach(p -> waiting.putAll(p.waiting()));
        // More routes than vehicles (each school planned with the whole fleet): the smallest routes wait.
        drafts.sort(Comparator.comparingInt(Draft::children).reversed());
        drafts = new ArrayList<>(drafts.subList(0, Math.min(drafts.size(), buses.size())));
        int[] vehicleOf = vehicles(drafts, buses, basePoint, drive);

        Map<PlannedStop, Seat> where = new HashMap<>();
        List<SchoolPlan.BusRoute> routes = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            Draft draft = drafts.get(r);
            SchoolDemand.Bus bus = buses.get(vehicleOf[r]);
            if (draft.children() > bus.seats() || draft.wheelchairs > bus.wheelchairPlaces()
                    || draft.boosters > bus.boosterSeats()) {
                // The fleet's seats or special places are all taken by larger routes: this one waits.
                continue;
            }
            int base = basePoint[vehicleOf[r]];
            int index = routes.size();
            if (draft.kept != null) {
                int oldBus = -1;
                for (int v = 0; v < buses.size(); v++) {
                    oldBus = buses.get(v).id() == draft.kept.busId() ? v : oldBus;
                }
                routes.add(kept(draft, bus, base, oldBus < 0 ? -1 : basePoint[oldBus], drive, demands, points));
                for (int k = 0; k < draft.kept.stops().size(); k++) {
                    where.put(new PlannedStop(draft.school, draft.route, k), new Seat(index, k));
                }
            } else {
                routes.add(sharedRoute(draft.trip, bus, base, drive, schools, leave, pickups, origin, plans, houses,
                        demands, points, index, where));
            }
        }
        Map<Long, SchoolPlan.Seat> seats = new HashMap<>();
        for (int j = 0; j < plans.size(); j++) {
            for (Map.Entry<Long, SchoolPlan.Seat> e : plans.get(j).seats().entrySet()) {
                Seat to = where.get(new PlannedStop(j, e.getValue().route(), e.getValue().stop()));
                if (to == null) {
                    waiting.put(e.getKey(), WaitReason.NO_SEAT);
                } else {
                    seats.put(e.getKey(), new SchoolPlan.Seat(to.route, to.stop, e.getValue().walkMetres()));
                }
            }
        }
        return new SchoolPlan(routes, seats, waiting);
    }

    /** Vehicle per route (Hungarian): seats first, then empty driving from the base to the first stop and back. */
    private static int[] vehicles(List<Draft> drafts, List<SchoolDemand.Bus> buses, int[] basePoint, TravelTimes drive) {
        double[][] cost = new double[drafts.size()][buses.size()];
        for (int r = 0; r < drafts.size(); r++) {
            Draft d = drafts.get(r);
            for (int v = 0; v < buses.size(); v++) {
                SchoolDemand.Bus bus = buses.get(v);
                if (d.children() > bus.seats()) {
                    cost[r][v] = Double.POSITIVE_INFINITY;
                    continue;
                }
                int unmet = Math.max(0, d.wheelchairs - bus.wheelchairPlaces()) + Math.max(0, d.boosters - bus.boosterSeats());
                double empty = basePoint[v] < 0 ? 0 : drive.metres(basePoint[v], d.first) + drive.metres(d.lastDrop, basePoint[v]);
                cost[r][v] = (Double.isFinite(empty) ? empty : 1_000_000) + unmet * 10_000_000.0;
            }
        }
        return VehicleMatching.assign(cost);
    }

    /** A route its school planned, on the vehicle now given to it: the drive from and back to the base re-measured. */
    private static SchoolPlan.BusRoute kept(Draft draft, SchoolDemand.Bus bus, int base, int oldBase, TravelTimes drive,
                                            List<SchoolDemand> demands, Points points) {
        SchoolPlan.BusRoute r = draft.kept;
        SchoolDemand d = demands.get(draft.school);
        SchoolPlan.SchoolVisit visit = new SchoolPlan.SchoolVisit(draft.school, r.morningArrival(), d.afternoonLeave());
        if (r.busId() == bus.id()) {
            return r.withVisits(List.of(visit));
        }
        int first = points.of(r.stops().get(0).point());
        int lastDrop = points.of(r.stops().get(r.afternoonOrder().get(r.afternoonOrder().size() - 1)).point());
        int school = points.of(d.school());
        double morningMetres = r.metres() - leg(drive, oldBase < 0 ? school : oldBase, first)
                + leg(drive, base < 0 ? school : base, first);
        double afternoonMetres = r.afternoonMetres() - leg(drive, lastDrop, oldBase < 0 ? school : oldBase)
                + leg(drive, lastDrop, base < 0 ? school : base);
        int back = r.afternoonReturn() - (int) Math.round(drive.seconds(lastDrop, oldBase < 0 ? school : oldBase))
                + (int) Math.round(drive.seconds(lastDrop, base < 0 ? school : base));
        return new SchoolPlan.BusRoute(bus.id(), r.stops(), r.afternoonOrder(), morningMetres, afternoonMetres,
                r.seconds(), r.morningArrival(), back, List.of(visit));
    }

    private static double leg(TravelTimes drive, int a, int b) {
        double m = drive.metres(a, b);
        return Double.isFinite(m) ? m : 0;
    }

    /**
     * A route some pickups moved to: stops in the trip's order (one stop where children of two schools board at the
     * same place), each keeping its families' side of the road at the door where the turns that takes stay within the
     * curb-side budget and every window and ride still holds both ways ({@link CurbDrive}, as a school's own routes);
     * otherwise the stop whose side costs most gives it up, and so on. Timed at the shortest rides.
     */
    private SchoolPlan.BusRoute sharedRoute(MixedLoad.Trip trip, SchoolDemand.Bus bus, int base, TravelTimes drive,
            List<MixedLoad.School> schools, int[] leave, List<MixedLoad.Pickup> pickups, List<PlannedStop> origin,
            List<SchoolPlan> plans, Map<PlannedStop, List<GeoPoint>> houses, List<SchoolDemand> demands, Points points,
            int routeIndex, Map<PlannedStop, Seat> where) {
        List<SchoolPlan.TimedStop> planned = new ArrayList<>();
        List<List<GeoPoint>> homes = new ArrayList<>();
        int[] stopOf = new int[trip.pickups().size()];
        int previousPoint = -1;
        for (int i = 0; i < trip.pickups().size(); i++) {
            int q = trip.pickups().get(i);
            PlannedStop from = origin.get(q);
            SchoolPlan.TimedStop stop = plans.get(from.school).routes().get(from.route).stops().get(from.stop);
            if (pickups.get(q).point() != previousPoint) {
                planned.add(stop);
                homes.add(new ArrayList<>());
            } else if (planned.get(planned.size() - 1).knownStopId() == null && stop.knownStopId() != null) {
                planned.set(planned.size() - 1, stop);
            }
            homes.get(homes.size() - 1).addAll(houses.getOrDefault(from, List.of()));
            stopOf[i] = planned.size() - 1;
            previousPoint = pickups.get(q).point();
            where.put(from, new Seat(routeIndex, planned.size() - 1));
        }
        int n = planned.size();
        int m = trip.schools().size();
        // Points of this route alone: 0 the first school of the morning, 1..n the stops, the other schools, the base.
        int[] global = new int[1 + n + (m - 1) + (base >= 0 ? 1 : 0)];
        global[0] = schools.get(trip.schools().get(0)).point();
        for (int k = 0; k < n; k++) {
            global[1 + k] = points.of(planned.get(k).point());
        }
        for (int j = 1; j < m; j++) {
            global[n + j] = schools.get(trip.schools().get(j)).point();
        }
        int home = base >= 0 ? global.length - 1 : 0;
        if (base >= 0) {
            global[home] = base;
        }
        TravelTimes view = new TravelTimes() {
            public int size() {
                return global.length;
            }

            public double metres(int a, int b) {
                return drive.metres(global[a], global[b]);
            }

            public double seconds(int a, int b) {
                return drive.seconds(global[a], global[b]);
            }
        };
        List<GeoPoint> localPoints = java.util.Arrays.stream(global).mapToObj(points.list::get).toList();
        int[] stopPoints = new int[n];
        int[] afternoonOrder = new int[n];
        GeoPoint[] sides = new GeoPoint[n];
        for (int k = 0; k < n; k++) {
            stopPoints[k] = 1 + k;
            afternoonOrder[k] = n - 1 - k;
            sides[k] = CurbSide.of(planned.get(k).point(), homes.get(k));
        }
        double driving = 0;
        for (int k = 1; k < n; k++) {
            driving += view.seconds(k, k + 1) + view.seconds(k + 1, k);
        }
        driving += view.seconds(home, 1) + view.seconds(n, 0) + view.seconds(0, n) + view.seconds(1, home);
        TravelTimes legs = view;
        MixedLoad.Schedule timing = null;
        while (timing == null) {
            Optional<CurbDrive> curb = CurbDrive.of(map, localPoints, view, stopPoints, sides, afternoonOrder, home);
            if (curb.isEmpty()) {
                java.util.Arrays.fill(sides, null);
                legs = view;
                timing = timing(trip, view, schools, leave, pickups, stopOf, global, n, bus.seats());
                if (timing == null) {
                    throw new IllegalStateException("a shared trip no longer keeps its times: " + trip);
                }
                break;
            }
            if (curb.get().extraSeconds() <= SchoolPlanner.curbSideBudget(driving)) {
                timing = timing(trip, curb.get(), schools, leave, pickups, stopOf, global, n, bus.seats());
                legs = curb.get();
            }
            if (timing == null) {
                int costliest = -1;
                for (int k = 0; k < n; k++) {
                    if (sides[k] != null && (costliest < 0
                            || curb.get().extraSecondsAt(k + 1) > curb.get().extraSecondsAt(costliest + 1))) {
                        costliest = k;
                    }
                }
                sides[costliest] = null;
            }
        }
        List<SchoolPlan.TimedStop> stops = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int morningAt = Integer.MAX_VALUE;
            int afternoonAt = Integer.MAX_VALUE;
            int children = 0;
            for (int i = 0; i < stopOf.length; i++) {
                if (stopOf[i] == k) {
                    morningAt = Math.min(morningAt, timing.pickupTimes()[i]);
                    afternoonAt = Math.min(afternoonAt, timing.afternoon().drop()[i]);
                    children += pickups.get(trip.pickups().get(i)).children();
                }
            }
            SchoolPlan.TimedStop p = planned.get(k);
            stops.add(new SchoolPlan.TimedStop(p.knownStopId(), p.point(), p.name(), morningAt, afternoonAt, children,
                    sides[k]));
        }
        List<SchoolPlan.SchoolVisit> visits = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            visits.add(new SchoolPlan.SchoolVisit(trip.schools().get(j), timing.arrivals()[j], timing.afternoon().leave()[j]));
        }
        // Local index of the j-th school of the morning.
        java.util.function.IntUnaryOperator school = j -> j == 0 ? 0 : n + j;
        double between = 0;
        double betweenBack = 0;
        for (int k = 1; k < n; k++) {
            between += leg(legs, k, k + 1);
            betweenBack += leg(legs, k + 1, k);
        }
        double schoolsMorning = 0;
        double schoolsAfternoon = 0;
        for (int j = 1; j < m; j++) {
            schoolsMorning += leg(legs, school.applyAsInt(j - 1), school.applyAsInt(j));
            schoolsAfternoon += leg(legs, school.applyAsInt(j), school.applyAsInt(j - 1));
        }
        double morningMetres = leg(legs, home, 1) + between + leg(legs, n, 0) + schoolsMorning;
        double afternoonMetres = schoolsAfternoon + leg(legs, 0, n) + betweenBack + leg(legs, 1, home);
        int lastSchoolArrival = timing.arrivals()[m - 1];
        int dwellFirst = demands.get(origin.get(trip.pickups().get(0)).school).dwell().at(stops.get(0).children());
        int back = stops.get(0).afternoonTime() + dwellFirst + (int) Math.round(legs.seconds(1, home));
        List<Integer> order = new ArrayList<>();
        for (int k : afternoonOrder) {
            order.add(k);
        }
        return new SchoolPlan.BusRoute(bus.id(), stops, order, morningMetres, afternoonMetres,
                lastSchoolArrival - stops.get(0).morningTime(), lastSchoolArrival, back, visits);
    }

    /**
     * The trip timed on {@code legs} (the route's own points: 0 its first school, 1.. its stops, then its other
     * schools), both directions at their shortest rides; null when a window, a ride or the seats would break.
     */
    private static MixedLoad.Schedule timing(MixedLoad.Trip trip, TravelTimes legs, List<MixedLoad.School> schools, int[] leave,
                                 List<MixedLoad.Pickup> pickups, int[] stopOf, int[] global, int n, int seats) {
        int m = trip.schools().size();
        List<MixedLoad.School> local = new ArrayList<>();
        int[] localLeave = new int[m];
        for (int j = 0; j < m; j++) {
            MixedLoad.School s = schools.get(trip.schools().get(j));
            local.add(new MixedLoad.School(j == 0 ? 0 : n + j, s.early(), s.late(), s.unloadSeconds(),
                    s.unloadSecondsPerChild()));
            localLeave[j] = leave[trip.schools().get(j)];
        }
        List<MixedLoad.Pickup> boarding = new ArrayList<>();
        for (int i = 0; i < trip.pickups().size(); i++) {
            MixedLoad.Pickup q = pickups.get(trip.pickups().get(i));
            boarding.add(new MixedLoad.Pickup(1 + stopOf[i], trip.schools().indexOf(q.school()), q.children(),
                    q.serviceSeconds(), q.rideLimit()));
        }
        MixedLoad.Travel seconds = (a, b) -> {
            double t = legs.seconds(a, b);
            return Double.isFinite(t) ? (int) Math.ceil(t) : 1_000_000;
        };
        return MixedLoad.bothWays(local, boarding, seconds, seats, localLeave, AFTERNOON_WAIT_SECONDS).orElse(null);
    }

    /** Stop k of route r of school j's own plan. */
    private record PlannedStop(int school, int route, int stop) {
    }

    private record Seat(int route, int stop) {
    }

    /**
     * A route before its vehicle: one its school planned ({@code kept}), or a shared trip; its children, those of them
     * who need a wheelchair place or booster seat, and the matrix points of its first stop and last afternoon drop.
     */
    private record Draft(SchoolPlan.BusRoute kept, int school, int route, MixedLoad.Trip trip, int children,
                         int wheelchairs, int boosters, int first, int lastDrop) {

        static Draft kept(SchoolPlan.BusRoute r, int school, int route, int wheelchairs, int boosters, Points points) {
            int children = r.stops().stream().mapToInt(SchoolPlan.TimedStop::children).sum();
            GeoPoint lastDrop = r.stops().get(r.afternoonOrder().get(r.afternoonOrder().size() - 1)).point();
            return new Draft(r, school, route, null, children, wheelchairs, boosters, points.of(r.stops().get(0).point()),
                    points.of(lastDrop));
        }

        /** A shared trip carries no special needs (routes with them are kept); it ends the afternoon where it began. */
        static Draft shared(MixedLoad.Trip t, List<MixedLoad.Pickup> pickups) {
            int children = t.pickups().stream().mapToInt(q -> pickups.get(q).children()).sum();
            int first = pickups.get(t.pickups().get(0)).point();
            return new Draft(null, -1, -1, t, children, 0, 0, first, first);
        }
    }

    /** The points of the matrix, each once. */
    private static final class Points {
        final List<GeoPoint> list = new ArrayList<>();
        final Map<GeoPoint, Integer> index = new HashMap<>();

        int of(GeoPoint p) {
            return index.computeIfAbsent(p, q -> {
                list.add(q);
                return list.size() - 1;
            });
        }

    }
}
