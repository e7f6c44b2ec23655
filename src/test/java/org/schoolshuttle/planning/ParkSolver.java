package org.schoolshuttle.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans a mixed-school instance with the service's planner: each school's trips with {@link Planner} (arrival
 * window, ride limit, seats, stop service times), then trips of different schools chained on as few buses as
 * possible with {@link TripChaining}. Each trip may arrive anywhere in its school's window; the chaining is tried
 * with every trip at its earliest and at its latest arrival, and the fewer buses win. Students of different
 * schools do not share a trip (the benchmark's mixed load proper is not used).
 */
final class ParkSolver {

    /** One trip: its school, stops in visiting order and arrival time at school. */
    record Trip(int school, List<Integer> stops, int arrival) {
    }

    private ParkSolver() {
    }

    static List<List<Trip>> solve(ParkInstance instance, Duration limit, int threads) {
        // Long trips keep a bus from its next school: with a generous limit, shorter trips may need fewer buses.
        List<Integer> caps = new ArrayList<>(List.of(instance.rideLimit()));
        for (int cap = instance.rideLimit() - 900; cap >= 2700; cap -= 900) {
            caps.add(cap);
        }
        List<List<Trip>> best = null;
        for (int cap : caps) {
            List<Route> routes = new ArrayList<>();
            int total = instance.stops().size();
            for (ParkInstance.School school : instance.schools().values()) {
                List<ParkInstance.StopRow> own = instance.stops().values().stream()
                        .filter(s -> s.school() == school.id()).toList();
                if (own.isEmpty()) {
                    continue;
                }
                long share = Math.max(20, limit.toMillis() * own.size() / total / caps.size());
                routes.addAll(routesOf(instance, school, own, cap, Duration.ofMillis(share), threads));
            }
            for (int policy = 0; policy < 3; policy++) {
                List<List<Trip>> buses = chain(instance, routes, policy);
                if (best == null || buses.size() < best.size()) {
                    best = buses;
                }
            }
        }
        return best;
    }

    /** A school's trip as planned: stops and the seconds from the first stop's arrival to the school's. */
    private record Route(ParkInstance.School school, List<Integer> stops, int duration, int load) {
    }

    private static List<Route> routesOf(ParkInstance instance, ParkInstance.School school,
                                        List<ParkInstance.StopRow> own, int rideCap, Duration limit, int threads) {
        int n = own.size();
        double[][] xy = new double[n + 1][];
        xy[0] = new double[] {school.x(), school.y()};
        for (int s = 0; s < n; s++) {
            xy[s + 1] = new double[] {own.get(s).x(), own.get(s).y()};
        }
        TravelTimes travel = new TravelTimes() {
            @Override
            public int size() {
                return n + 1;
            }

            @Override
            public double metres(int from, int to) {
                return ParkInstance.feet(xy[from][0], xy[from][1], xy[to][0], xy[to][1]);
            }

            @Override
            public double seconds(int from, int to) {
                return ParkInstance.seconds(metres(from, to));
            }
        };
        List<Stop> stops = new ArrayList<>();
        List<Rider> riders = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            ParkInstance.StopRow row = own.get(s);
            int service = ParkInstance.stopService(row.students());
            stops.add(new Stop(String.valueOf(row.id()), s + 1, service, 0, TimeWindow.ANY));
            // The ride counts from the bus's arrival at the stop: the solver counts from its departure.
            riders.add(new Rider(String.valueOf(row.id()), row.students(), new int[] {s}, rideCap - service));
            vehicles.add(new Vehicle("bus" + s, ParkInstance.SEATS));
        }
        double bound = 0;
        for (int s = 1; s <= n; s++) {
            bound += 2 * travel.metres(0, s);
        }
        PlanningProblem problem = new PlanningProblem(travel, 0, stops, riders, vehicles,
                Objective.fewestVehiclesThenDistance(bound),
                DepotTimes.arriveWithin(new TimeWindow(school.early(), school.late())));
        Plan plan = new Planner().solve(problem, new SolverSettings(limit, 1, threads));
        if (!plan.unserved().isEmpty()) {
            throw new IllegalStateException("school " + school.id() + ": " + plan.unserved().size() + " stops unserved");
        }
        List<Route> routes = new ArrayList<>();
        for (PlannedRoute r : plan.routes()) {
            int[] seq = r.stops();
            int duration = 0;
            int load = 0;
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < seq.length; k++) {
                ParkInstance.StopRow row = own.get(seq[k]);
                ids.add(row.id());
                load += row.students();
                duration += ParkInstance.stopService(row.students());
                duration += (int) travel.seconds(seq[k] + 1, k + 1 < seq.length ? seq[k + 1] + 1 : 0);
            }
            routes.add(new Route(school, ids, duration, load));
        }
        return routes;
    }

    /** Policy 0: every trip at its school's latest arrival; 1: earliest; 2: any time in the window. */
    private static List<List<Trip>> chain(ParkInstance instance, List<Route> routes, int policy) {
        List<TripChaining.Trip> trips = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        Map<Integer, ParkInstance.StopRow> stops = instance.stops();
        for (Route r : routes) {
            int arrival = policy == 0 ? r.school().late() : r.school().early();
            ParkInstance.StopRow first = stops.get(r.stops().get(0));
            points.add(new double[] {first.x(), first.y()});
            points.add(new double[] {r.school().x(), r.school().y()});
            trips.add(new TripChaining.Trip(points.size() - 2, points.size() - 1, arrival - r.duration(),
                    arrival + ParkInstance.schoolService(r.load()), policy == 2 ? r.school().late() - r.school().early() : 0));
        }
        TripChaining.Chains chains = TripChaining.chain(trips, (a, b) -> ParkInstance.seconds(
                ParkInstance.feet(points.get(a)[0], points.get(a)[1], points.get(b)[0], points.get(b)[1])));
        List<List<Trip>> buses = new ArrayList<>();
        for (List<Integer> chain : chains.vehicles()) {
            List<Trip> bus = new ArrayList<>();
            for (int t : chain) {
                Route r = routes.get(t);
                int arrival = (policy == 0 ? r.school().late() : r.school().early()) + (int) Math.ceil(chains.delay()[t]);
                bus.add(new Trip(r.school().id(), r.stops(), arrival));
            }
            buses.add(bus);
        }
        return buses;
    }
}
