package org.schoolshuttle.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a mixed-school instance with the service's planner: each school's trips with {@link Planner} (arrival
 * window, ride limit, seats, stop service times), then {@link MixedLoad} empties what trips it can into trips of
 * other schools (students of several schools on one trip, dropped at each school in turn), then the trips are
 * chained on as few buses as possible with {@link TripChaining}. Each trip may start anywhere its windows and rides
 * allow; the chaining is tried with every trip at its earliest and at its latest start and with the whole range,
 * with and without mixed load, and the fewest buses win.
 */
final class ParkSolver {

    /** A school visit of a trip: the school and the arrival there. */
    record Visit(int school, int arrival) {
    }

    /** One trip: its stops in visiting order, then its schools in visiting order. */
    record Trip(List<Integer> stops, List<Visit> schools) {
    }

    private ParkSolver() {
    }

    static List<List<Trip>> solve(ParkInstance instance, Duration limit, int threads) {
        return solve(instance, limit, threads, true);
    }

    static List<List<Trip>> solve(ParkInstance instance, Duration limit, int threads, boolean mixed) {
        long deadline = System.nanoTime() + limit.toNanos();
        // Long trips keep a bus from its next school: with a generous limit, shorter trips may need fewer buses.
        List<Integer> caps = new ArrayList<>(List.of(instance.rideLimit()));
        for (int cap = instance.rideLimit() - 900; cap >= 2700; cap -= 900) {
            caps.add(cap);
        }
        Network network = new Network(instance);
        // Emptying trips is quick (well under a second on the largest instance): the schools' own trips get the rest.
        Duration planning = mixed ? limit.multipliedBy(9).dividedBy(10) : limit;
        List<List<Trip>> best = null;
        for (int c = 0; c < caps.size(); c++) {
            int cap = caps.get(c);
            List<MixedLoad.Trip> trips = new ArrayList<>();
            int total = instance.stops().size();
            for (ParkInstance.School school : instance.schools().values()) {
                List<ParkInstance.StopRow> own = instance.stops().values().stream()
                        .filter(s -> s.school() == school.id()).toList();
                if (own.isEmpty()) {
                    continue;
                }
                long share = Math.max(20, planning.toMillis() * own.size() / total / caps.size());
                trips.addAll(tripsOf(network, school, own, cap, Duration.ofMillis(share), threads));
            }
            List<List<MixedLoad.Trip>> variants = new ArrayList<>(List.of(trips));
            if (mixed) {
                long left = Math.max(0, deadline - System.nanoTime()) / (caps.size() - c);
                variants.add(network.load.improve(trips, Instant.now().plusNanos(Math.max(left, 20_000_000))));
            }
            for (List<MixedLoad.Trip> variant : variants) {
                for (int policy = 0; policy < 3; policy++) {
                    List<List<Trip>> buses = chain(network, variant, policy);
                    if (best == null || buses.size() < best.size()) {
                        best = buses;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The instance as {@link MixedLoad} sees it: points 0.. are the schools in file order, then the stops; pickup i
     * is the stop at point schools + i; ride limits count from the bus's arrival at the stop, as in the files.
     */
    private static final class Network {
        final ParkInstance instance;
        final List<ParkInstance.School> schoolRows;
        final List<ParkInstance.StopRow> stopRows;
        final Map<Integer, Integer> schoolIndex = new HashMap<>();
        final Map<Integer, Integer> pickupIndex = new HashMap<>();
        final double[][] xy;
        final MixedLoad load;

        Network(ParkInstance instance) {
            this.instance = instance;
            schoolRows = List.copyOf(instance.schools().values());
            stopRows = List.copyOf(instance.stops().values());
            xy = new double[schoolRows.size() + stopRows.size()][];
            List<MixedLoad.School> schools = new ArrayList<>();
            for (int j = 0; j < schoolRows.size(); j++) {
                ParkInstance.School s = schoolRows.get(j);
                schoolIndex.put(s.id(), j);
                xy[j] = new double[] {s.x(), s.y()};
                schools.add(new MixedLoad.School(j, s.early(), s.late(), ParkInstance.SCHOOL_SERVICE_FIXED,
                        ParkInstance.SCHOOL_SERVICE_PER_STUDENT));
            }
            List<MixedLoad.Pickup> pickups = new ArrayList<>();
            for (int i = 0; i < stopRows.size(); i++) {
                ParkInstance.StopRow s = stopRows.get(i);
                pickupIndex.put(s.id(), i);
                xy[schoolRows.size() + i] = new double[] {s.x(), s.y()};
                pickups.add(new MixedLoad.Pickup(schoolRows.size() + i, schoolIndex.get(s.school()), s.students(),
                        ParkInstance.stopService(s.students()), instance.rideLimit()));
            }
            load = new MixedLoad(schools, pickups, this::seconds, ParkInstance.SEATS, Integer.MAX_VALUE);
        }

        int seconds(int from, int to) {
            return ParkInstance.seconds(ParkInstance.feet(xy[from][0], xy[from][1], xy[to][0], xy[to][1]));
        }
    }

    /** A school's own trips, planned with the service's planner on that school's stops alone. */
    private static List<MixedLoad.Trip> tripsOf(Network network, ParkInstance.School school,
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
        List<MixedLoad.Trip> trips = new ArrayList<>();
        for (PlannedRoute r : plan.routes()) {
            List<Integer> pickups = new ArrayList<>();
            for (int s : r.stops()) {
                pickups.add(network.pickupIndex.get(own.get(s).id()));
            }
            trips.add(new MixedLoad.Trip(pickups, List.of(network.schoolIndex.get(school.id()))));
        }
        return trips;
    }

    /** Policy 0: every trip at its latest start; 1: at its earliest; 2: anywhere between. */
    private static List<List<Trip>> chain(Network network, List<MixedLoad.Trip> trips, int policy) {
        List<TripChaining.Trip> timed = new ArrayList<>();
        List<MixedLoad.Starts> starts = new ArrayList<>();
        for (MixedLoad.Trip t : trips) {
            MixedLoad.Starts range = network.load.starts(t);
            starts.add(range);
            int start = policy == 0 ? range.latest() : range.earliest();
            int lastSchool = network.load.schools().get(t.schools().get(t.schools().size() - 1)).point();
            timed.add(new TripChaining.Trip(network.load.pickups().get(t.pickups().get(0)).point(), lastSchool, start,
                    network.load.end(t, start), policy == 2 ? range.latest() - range.earliest() : 0));
        }
        TripChaining.Chains chains = TripChaining.chain(timed, network::seconds);
        List<List<Trip>> buses = new ArrayList<>();
        for (List<Integer> chain : chains.vehicles()) {
            List<Trip> bus = new ArrayList<>();
            for (int i : chain) {
                MixedLoad.Trip t = trips.get(i);
                int start = (int) timed.get(i).start() + (int) Math.ceil(chains.delay()[i]);
                int[] arrivals = network.load.arrivals(t, start);
                List<Integer> stops = t.pickups().stream().map(q -> network.stopRows.get(q).id()).toList();
                List<Visit> visits = new ArrayList<>();
                for (int j = 0; j < arrivals.length; j++) {
                    visits.add(new Visit(network.schoolRows.get(t.schools().get(j)).id(), arrivals[j]));
                }
                bus.add(new Trip(stops, visits));
            }
            buses.add(bus);
        }
        return buses;
    }
}
