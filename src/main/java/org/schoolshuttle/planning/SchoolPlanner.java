package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.SchoolDemand.Bus;
import org.schoolshuttle.planning.SchoolDemand.KnownStop;
import org.schoolshuttle.planning.SchoolDemand.Pupil;
import org.schoolshuttle.planning.SchoolPlan.BusRoute;
import org.schoolshuttle.planning.SchoolPlan.Seat;
import org.schoolshuttle.planning.SchoolPlan.TimedStop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans one school on real roads: places stops within every child's safe walking limit (reusing known stops),
 * measures the minibus times between school and stops, and builds the routes with the {@link Planner} under the
 * school's arrival window, each child's ride limit and the stop dwell times. The same solver as the benchmarks;
 * only the distances come from the road network instead of the plane.
 */
public final class SchoolPlanner {

    /**
     * How much more driving a route may take for less riding: the third objective (least total time on board)
     * gives way to the second (least driving) beyond this share.
     */
    static final double RIDE_TIME_TOLERANCE = 0.05;


    /**
     * Each stop may be driven by at least this many vehicles, and by as many as its children could fill: where more
     * children depend on one stop than the vehicle that visits it has seats, another vehicle stops there too.
     */
    private static final int MIN_VISITS_PER_STOP = 2;

    /**
     * What keeping families' side of the road may add to a route's driving, morning and afternoon together: a tenth,
     * or five minutes where that is more (a turn round on a short route).
     */
    private static final double CURB_SIDE_EXTRA = 0.10;
    private static final double CURB_SIDE_EXTRA_SECONDS = 300;

    /** The seconds keeping sides may add to a route pair that drives {@code driving} seconds a day. */
    public static double curbSideBudget(double driving) {
        return Math.max(CURB_SIDE_EXTRA * driving, CURB_SIDE_EXTRA_SECONDS);
    }

    /** A child whose wheelchair place or booster seat the vehicle lacks weighs more than any drive to a route. */
    private static final double UNMET_NEED_METRES = 10_000_000;

    private final StreetMap map;

    public SchoolPlanner(StreetMap map) {
        this.map = map;
    }

    public SchoolPlan plan(SchoolDemand demand, Duration solverTime, long seed, DraftProgress progress) {
        Map<Long, WaitReason> waiting = new LinkedHashMap<>();
        List<Pupil> pupils = seatable(demand, waiting);
        if (pupils.isEmpty() || demand.buses().isEmpty()) {
            pupils.forEach(p -> waiting.put(p.id(), WaitReason.NO_SEAT));
            return new SchoolPlan(List.of(), Map.of(), waiting);
        }

        progress.reached("placing stops", 5);
        Candidates candidates = candidates(demand, pupils);
        List<GeoPoint> homes = pupils.stream().map(Pupil::home).toList();
        WalkDistances walk = map.walking(homes, candidates.points);
        double[] limits = pupils.stream().mapToDouble(Pupil::walkLimit).toArray();
        int largestBus = demand.buses().stream().mapToInt(Bus::seats).max().orElse(1);
        StopChoice choice = new StopPlacement().choose(walk, limits, candidates.known, largestBus);

        progress.reached("measuring roads", 20);
        List<GeoPoint> points = new ArrayList<>();
        points.add(demand.school());
        choice.stops().forEach(c -> points.add(candidates.points.get(c)));
        // Where each vehicle is kept, after the stops (the school where that is not known).
        int[] basePoint = new int[demand.buses().size()];
        for (int v = 0; v < basePoint.length; v++) {
            GeoPoint base = demand.buses().get(v).base();
            // A driver's home up a farm track: the vehicle starts where that track meets a road it can drive.
            Optional<StreetMap.NamedPoint> road = base == null ? Optional.empty() : map.busStopNear(base);
            if (road.isPresent()) {
                basePoint[v] = points.size();
                points.add(road.get().point());
            }
        }
        TravelTimes drive = map.driving(points);

        int smallestBus = demand.buses().stream().mapToInt(Bus::seats).min().orElse(1);
        Map<Long, Integer> chosenIndex = new HashMap<>();
        for (int c = 0; c < choice.stops().size(); c++) {
            Long known = candidates.knownIds.get(choice.stops().get(c));
            if (known != null) {
                chosenIndex.put(known, c);
            }
        }
        int[] reaching = new int[choice.stops().size()];
        choice.reachable().forEach(near -> java.util.Arrays.stream(near).forEach(c -> reaching[c]++));
        // Planning stop indices: chosen stop c has copies firstCopy[c] .. firstCopy[c + 1] - 1.
        int[] firstCopy = new int[reaching.length + 1];
        for (int c = 0; c < reaching.length; c++) {
            int visits = Math.max(MIN_VISITS_PER_STOP, (reaching[c] + smallestBus - 1) / smallestBus);
            firstCopy[c + 1] = firstCopy[c] + Math.min(visits, Math.max(MIN_VISITS_PER_STOP, demand.buses().size()));
        }
        int[] chosenOf = new int[firstCopy[reaching.length]];
        for (int c = 0; c < reaching.length; c++) {
            java.util.Arrays.fill(chosenOf, firstCopy[c], firstCopy[c + 1], c);
        }
        List<Rider> riders = new ArrayList<>();
        List<Integer> riderPupil = new ArrayList<>();
        for (int h = 0; h < pupils.size(); h++) {
            Pupil pupil = pupils.get(h);
            int[] near = choice.reachable().get(h);
            if (near.length == 0) {
                waiting.put(pupil.id(), WaitReason.TOO_FAR_TO_WALK);
                continue;
            }
            List<Integer> usable = new ArrayList<>();
            boolean connected = false;
            // A family keeps the stop it knows when the new plan keeps that stop and it still serves them.
            Integer kept = pupil.currentStopId() == null ? null : chosenIndex.get(pupil.currentStopId());
            if (kept != null && java.util.Arrays.stream(near).anyMatch(c -> c == kept)) {
                near = new int[] {kept};
            }
            for (int c : near) {
                double toSchool = drive.seconds(c + 1, 0);
                if (!Double.isFinite(toSchool) || !Double.isFinite(drive.seconds(0, c + 1))) {
                    continue;
                }
                connected = true;
                if (toSchool + demand.dwell().at(1) <= pupil.rideLimitSeconds()) {
                    for (int copy = firstCopy[c]; copy < firstCopy[c + 1]; copy++) {
                        usable.add(copy);
                    }
                }
            }
            if (usable.isEmpty()) {
                waiting.put(pupil.id(), connected ? WaitReason.RIDE_TOO_LONG : WaitReason.OUTSIDE_MAP);
                continue;
            }
            riders.add(new Rider(Long.toString(pupil.id()), 1, usable.stream().mapToInt(Integer::intValue).toArray(),
                    pupil.rideLimitSeconds(), pupil.wheelchair(), pupil.booster()));
            riderPupil.add(h);
        }
        if (riders.isEmpty()) {
            return new SchoolPlan(List.of(), Map.of(), waiting);
        }

        progress.reached("optimising routes", 30);
        List<Stop> stops = new ArrayList<>();
        for (int c = 0; c < choice.stops().size(); c++) {
            for (int copy = firstCopy[c]; copy < firstCopy[c + 1]; copy++) {
                stops.add(new Stop(c + "/" + copy, c + 1, demand.dwell().fixedSeconds(), demand.dwell().perChildSeconds(),
                        TimeWindow.ANY));
            }
        }
        List<Vehicle> vehicles = demand.buses().stream()
                .map(b -> new Vehicle(Long.toString(b.id()), b.seats(), b.wheelchairPlaces(), b.boosterSeats())).toList();
        PlanningProblem problem = new PlanningProblem(drive, 0, stops, riders, vehicles,
                Objective.fewestVehiclesThenDistance(longestRoute(drive)),
                DepotTimes.arriveWithin(new TimeWindow(demand.arriveEarliest(), demand.arriveLatest())));
        Plan plan = new Planner().solve(problem, new SolverSettings(solverTime, seed, SolverSettings.of(solverTime).threads()));

        progress.reached("timing stops, curb side", 95);
        return timed(demand, pupils, riderPupil, choice, candidates, walk, drive, plan, waiting, chosenOf, basePoint,
                map, points);
    }

    /** Children whose needs no vehicle can meet wait; the rest are planned. */
    private static List<Pupil> seatable(SchoolDemand demand, Map<Long, WaitReason> waiting) {
        boolean wheelchair = demand.buses().stream().anyMatch(b -> b.wheelchairPlaces() > 0);
        boolean booster = demand.buses().stream().anyMatch(b -> b.boosterSeats() > 0);
        List<Pupil> pupils = new ArrayList<>();
        for (Pupil p : demand.pupils()) {
            if ((p.wheelchair() && !wheelchair) || (p.booster() && !booster)) {
                waiting.put(p.id(), WaitReason.NEEDS_NOT_MET);
            } else {
                pupils.add(p);
            }
        }
        return pupils;
    }

    /** Candidate stops: the known ones first, then the place nearest each home where a shuttle may stop. */
    private Candidates candidates(SchoolDemand demand, List<Pupil> pupils) {
        Candidates c = new Candidates();
        for (KnownStop known : demand.knownStops()) {
            c.add(known.point(), known.name(), known.id());
        }
        for (Pupil pupil : pupils) {
            Optional<StreetMap.NamedPoint> near = map.busStopNear(pupil.home());
            near.ifPresent(p -> c.add(p.point(), p.name(), null));
        }
        return c;
    }

    private static double longestRoute(TravelTimes drive) {
        double bound = 0;
        for (int a = 0; a < drive.size(); a++) {
            double longest = 0;
            for (int b = 0; b < drive.size(); b++) {
                double d = drive.metres(a, b);
                if (Double.isFinite(d)) {
                    longest = Math.max(longest, d);
                }
            }
            bound += longest;
        }
        return Math.max(1, bound);
    }

    private static SchoolPlan timed(SchoolDemand demand, List<Pupil> pupils, List<Integer> riderPupil,
            StopChoice choice, Candidates candidates, WalkDistances walk, TravelTimes drive, Plan plan,
            Map<Long, WaitReason> waiting, int[] chosenOf, int[] basePoint, StreetMap map, List<GeoPoint> points) {
        int[] riderStop = plan.riderStop();
        Map<Integer, Integer> routeOfCopy = new HashMap<>();
        for (int r = 0; r < plan.routes().size(); r++) {
            for (int s : plan.routes().get(r).stops()) {
                routeOfCopy.put(s, r);
            }
        }
        // A child with a need waits for want of a special place when every such place of the fleet is taken.
        int fleetWheelchairPlaces = demand.buses().stream().mapToInt(Bus::wheelchairPlaces).sum();
        int fleetBoosterSeats = demand.buses().stream().mapToInt(Bus::boosterSeats).sum();
        int wheelchairsSeated = 0;
        int boostersSeated = 0;
        for (int i = 0; i < riderStop.length; i++) {
            if (riderStop[i] >= 0) {
                Pupil p = pupils.get(riderPupil.get(i));
                wheelchairsSeated += p.wheelchair() ? 1 : 0;
                boostersSeated += p.booster() ? 1 : 0;
            }
        }
        for (int i : plan.unserved()) {
            Pupil p = pupils.get(riderPupil.get(i));
            boolean placesTaken = (p.wheelchair() && wheelchairsSeated >= fleetWheelchairPlaces)
                    || (p.booster() && boostersSeated >= fleetBoosterSeats);
            waiting.put(p.id(), placesTaken ? WaitReason.NEEDS_NOT_MET : WaitReason.NO_SEAT);
        }
        // Riders per route and chosen stop.
        int routeCount = plan.routes().size();
        List<Map<Integer, List<Integer>>> boarding = new ArrayList<>();
        plan.routes().forEach(r -> boarding.add(new LinkedHashMap<>()));
        int[] load = new int[routeCount];
        int[] wheelchairs = new int[routeCount];
        int[] boosters = new int[routeCount];
        for (int i = 0; i < riderStop.length; i++) {
            if (riderStop[i] < 0) {
                continue;
            }
            int r = routeOfCopy.get(riderStop[i]);
            Pupil pupil = pupils.get(riderPupil.get(i));
            load[r]++;
            wheelchairs[r] += pupil.wheelchair() ? 1 : 0;
            boosters[r] += pupil.booster() ? 1 : 0;
            boarding.get(r).computeIfAbsent(chosenOf[riderStop[i]], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> orders = new ArrayList<>();
        for (int r = 0; r < routeCount; r++) {
            List<Integer> order = new ArrayList<>();
            for (int s : plan.routes().get(r).stops()) {
                int c = chosenOf[s];
                if (boarding.get(r).containsKey(c) && !order.contains(c)) {
                    order.add(c);
                }
            }
            orders.add(order);
        }
        // Third objective: least time on board, for at most a little more driving than the shortest order.
        RideOrder rideOrder = new RideOrder(drive, demand.dwell(), RIDE_TIME_TOLERANCE);
        for (int r = 0; r < routeCount; r++) {
            Map<Integer, Integer> children = new HashMap<>();
            Map<Integer, Integer> limit = new HashMap<>();
            for (Map.Entry<Integer, List<Integer>> at : boarding.get(r).entrySet()) {
                children.put(at.getKey(), at.getValue().size());
                limit.put(at.getKey(), at.getValue().stream()
                        .mapToInt(i -> pupils.get(riderPupil.get(i)).rideLimitSeconds()).min().orElse(Integer.MAX_VALUE));
            }
            orders.set(r, rideOrder.best(orders.get(r), children, limit));
        }
        // Which vehicle drives which route: least driving from and back to where vehicles are kept, needs met.
        List<Bus> buses = demand.buses();
        double[][] cost = new double[routeCount][buses.size()];
        for (int r = 0; r < routeCount; r++) {
            for (int v = 0; v < buses.size(); v++) {
                Bus bus = buses.get(v);
                if (orders.get(r).isEmpty()) {
                    cost[r][v] = 0;
                } else if (load[r] > bus.seats()) {
                    // Seats are never exceeded; the solver's own choice of vehicles shows a matching without this.
                    cost[r][v] = Double.POSITIVE_INFINITY;
                } else {
                    int first = orders.get(r).get(0) + 1;
                    int unmet = Math.max(0, wheelchairs[r] - bus.wheelchairPlaces())
                            + Math.max(0, boosters[r] - bus.boosterSeats());
                    double empty = drive.metres(basePoint[v], first) + drive.metres(first, basePoint[v]);
                    // A base the roads do not connect to the route: possible, but never before a connected one.
                    cost[r][v] = (Double.isFinite(empty) ? empty : UNMET_NEED_METRES / 10) + unmet * UNMET_NEED_METRES;
                }
            }
        }
        int[] vehicleOf = VehicleMatching.assign(cost);

        List<BusRoute> routes = new ArrayList<>();
        Map<Long, Seat> seats = new HashMap<>();
        AfternoonOrder afternoonOrders = new AfternoonOrder(drive, demand.dwell(), RIDE_TIME_TOLERANCE);
        for (int route = 0; route < routeCount; route++) {
            final int r = route;
            Bus bus = buses.get(vehicleOf[r]);
            if (load[r] > bus.seats()) {
                throw new IllegalStateException("route " + r + " has " + load[r] + " children for " + bus.seats() + " seats");
            }
            // Children whose needs the vehicle cannot meet, even after the matching, wait.
            int wheelchairPlaces = bus.wheelchairPlaces();
            int boosterSeats = bus.boosterSeats();
            for (List<Integer> on : boarding.get(r).values()) {
                on.removeIf(i -> {
                    Pupil pupil = pupils.get(riderPupil.get(i));
                    boolean wheelchairLeft = pupil.wheelchair() && wheelchairs[r] > wheelchairPlaces;
                    boolean boosterLeft = pupil.booster() && boosters[r] > boosterSeats;
                    if (!wheelchairLeft && !boosterLeft) {
                        return false;
                    }
                    // A child turned away frees every special place they would have taken.
                    wheelchairs[r] -= pupil.wheelchair() ? 1 : 0;
                    boosters[r] -= pupil.booster() ? 1 : 0;
                    waiting.put(pupil.id(), WaitReason.NEEDS_NOT_MET);
                    return true;
                });
            }
            List<Integer> order = new ArrayList<>(orders.get(r));
            order.removeIf(c -> boarding.get(r).get(c).isEmpty());
            if (order.isEmpty()) {
                continue;
            }
            int n = order.size();
            int[] dwell = new int[n];
            double[] toNext = new double[n];
            int[] stopIndex = new int[n];
            int[] children = new int[n];
            int[] limit = new int[n];
            double between = 0;
            for (int k = 0; k < n; k++) {
                int here = order.get(k) + 1;
                int next = k + 1 < n ? order.get(k + 1) + 1 : 0;
                List<Integer> on = boarding.get(r).get(order.get(k));
                dwell[k] = demand.dwell().at(on.size());
                toNext[k] = drive.seconds(here, next);
                between += k + 1 < n ? drive.metres(here, next) : 0;
                stopIndex[k] = here;
                children[k] = on.size();
                limit[k] = on.stream().mapToInt(i -> pupils.get(riderPupil.get(i)).rideLimitSeconds()).min()
                        .orElse(Integer.MAX_VALUE);
            }
            int first = order.get(0) + 1;
            int last = order.get(n - 1) + 1;
            int base = basePoint[vehicleOf[r]];
            if (!Double.isFinite(drive.metres(base, first)) || !Double.isFinite(drive.metres(first, base))) {
                base = 0;
            }
            int arrival = demand.arriveLatest();
            int[] afternoonOrder = afternoonOrders.best(stopIndex, children, limit, base);
            // The orders are the matrix's; the legs are then driven curb side within the budget and the ride limits.
            GeoPoint[] sides = new GeoPoint[n];
            for (int k = 0; k < n; k++) {
                sides[k] = CurbSide.of(points.get(stopIndex[k]), boarding.get(r).get(order.get(k)).stream()
                        .map(i -> pupils.get(riderPupil.get(i)).house()).toList());
            }
            TravelTimes legs = curbSide(map, points, drive, demand, stopIndex, sides, dwell, children, limit,
                    afternoonOrder, base, arrival);
            for (int k = 0; k < n; k++) {
                toNext[k] = legs.seconds(stopIndex[k], k + 1 < n ? stopIndex[k + 1] : 0);
            }
            between = 0;
            for (int k = 1; k < n; k++) {
                between += legs.metres(stopIndex[k - 1], stopIndex[k]);
            }
            int[] morning = Timetable.morning(toNext, dwell, arrival);
            int[] afternoon = AfternoonOrder.times(legs, demand.dwell(), stopIndex, children, afternoonOrder,
                    demand.afternoonLeave());
            int dropLast = afternoonOrder[n - 1];
            int back = (int) Math.ceil(afternoon[dropLast] + dwell[dropLast] + legs.seconds(stopIndex[dropLast], base));
            double morningMetres = legs.metres(base, first) + between + legs.metres(last, 0);
            double afternoonMetres = legs.metres(0, stopIndex[afternoonOrder[0]]) + legs.metres(stopIndex[dropLast], base);
            for (int k = 1; k < n; k++) {
                afternoonMetres += legs.metres(stopIndex[afternoonOrder[k - 1]], stopIndex[afternoonOrder[k]]);
            }
            List<TimedStop> timed = new ArrayList<>();
            int routeIndex = routes.size();
            for (int k = 0; k < n; k++) {
                int chosen = order.get(k);
                int candidate = choice.stops().get(chosen);
                List<Integer> on = boarding.get(r).get(chosen);
                timed.add(new TimedStop(candidates.knownIds.get(candidate), candidates.points.get(candidate),
                        candidates.names.get(candidate), morning[k], afternoon[k], on.size(), sides[k]));
                for (int i : on) {
                    int h = riderPupil.get(i);
                    seats.put(pupils.get(h).id(), new Seat(routeIndex, k, walk.metres(h, candidate)));
                }
            }
            routes.add(new BusRoute(bus.id(), timed, Arrays.stream(afternoonOrder).boxed().toList(), morningMetres,
                    afternoonMetres, arrival - morning[0], arrival, back));
        }
        return new SchoolPlan(routes, seats, waiting);
    }

    /**
     * The route's legs driven curb side: every stop keeps its families' side at the door while the turns that takes
     * leave each ride within its limit and add at most {@link #curbSideBudget} to the route's driving; otherwise
     * the stop whose side costs most gives it up, and so on. Clears the sides given up; the matrix when none is kept.
     */
    private static TravelTimes curbSide(StreetMap map, List<GeoPoint> points, TravelTimes drive, SchoolDemand demand,
                                        int[] stops, GeoPoint[] sides, int[] dwell, int[] children, int[] limit,
                                        int[] afternoonOrder, int base, int arrival) {
        int n = stops.length;
        double driving = drive.seconds(base, stops[0]) + drive.seconds(stops[n - 1], 0) + drive.seconds(0, stops[afternoonOrder[0]])
                + drive.seconds(stops[afternoonOrder[n - 1]], base);
        for (int k = 1; k < n; k++) {
            driving += drive.seconds(stops[k - 1], stops[k]) + drive.seconds(stops[afternoonOrder[k - 1]], stops[afternoonOrder[k]]);
        }
        while (true) {
            Optional<CurbDrive> curb = CurbDrive.of(map, points, drive, stops, sides, afternoonOrder, base);
            if (curb.isEmpty()) {
                Arrays.fill(sides, null);
                return drive;
            }
            if (curb.get().extraSeconds() <= curbSideBudget(driving)
                    && ridesHold(curb.get(), demand, stops, dwell, children, limit, afternoonOrder, arrival)) {
                return curb.get();
            }
            int costliest = -1;
            for (int k = 0; k < n; k++) {
                if (sides[k] != null && (costliest < 0
                        || curb.get().extraSecondsAt(stops[k]) > curb.get().extraSecondsAt(stops[costliest]))) {
                    costliest = k;
                }
            }
            sides[costliest] = null;
        }
    }

    /** Whether every child's ride, both ways, keeps its limit when the route is driven on {@code legs}. */
    private static boolean ridesHold(TravelTimes legs, SchoolDemand demand, int[] stops, int[] dwell, int[] children,
                                     int[] limit, int[] afternoonOrder, int arrival) {
        int n = stops.length;
        double[] toNext = new double[n];
        for (int k = 0; k < n; k++) {
            toNext[k] = legs.seconds(stops[k], k + 1 < n ? stops[k + 1] : 0);
        }
        int[] morning = Timetable.morning(toNext, dwell, arrival);
        int[] afternoon = AfternoonOrder.times(legs, demand.dwell(), stops, children, afternoonOrder, demand.afternoonLeave());
        for (int k = 0; k < n; k++) {
            if (children[k] > 0 && (Timetable.morningRide(morning, dwell, k, arrival) > limit[k]
                    || afternoon[k] - demand.afternoonLeave() > limit[k])) {
                return false;
            }
        }
        return true;
    }

    /** Candidate stops without duplicates: several children of one house or street share a snapped point. */
    private static final class Candidates {
        final List<GeoPoint> points = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<Long> knownIds = new ArrayList<>();
        final BitSet known = new BitSet();
        private final Map<GeoPoint, Integer> index = new HashMap<>();

        void add(GeoPoint point, String name, Long knownId) {
            if (index.containsKey(point)) {
                return;
            }
            index.put(point, points.size());
            if (knownId != null) {
                known.set(points.size());
            }
            points.add(point);
            names.add(name);
            knownIds.add(knownId);
        }
    }
}
