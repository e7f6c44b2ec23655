package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.DraftProgress;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.SchoolPlan;
import org.schoolshuttle.planning.SchoolPlanner;
import org.schoolshuttle.planning.SharedTrips;
import org.schoolshuttle.planning.StreetMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mixed load on a real road network, through the service's planning path: two schools of Neudrossenfeld (the
 * primary school, bell 08:00, and a second school at a real address about a kilometre away, bell 08:10), children
 * of both at real addresses of the extract, each school planned on its own ({@link SchoolPlanner}) and then shared
 * ({@link SharedTrips}), as a shared draft is. Prints the vehicles, kilometres and longest ride apart and shared.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.schoolshuttle.routing.SharedPlanBenchmark \
 *     -Dexec.args="../shared/routing-data/north-bayreuth.osm.gz 300 30 10"
 * </pre>
 * Arguments: extract, children (half at each school, homes at random real addresses), minibuses of 25 seats,
 * solver seconds per school.
 */
public final class SharedPlanBenchmark {

    private static final GeoPoint PRIMARY = new GeoPoint(50.0178, 11.5020);
    private static final int SEATS = 25;
    private static final int EIGHT = 8 * 3600;

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args.length > 0 ? args[0] : "../shared/routing-data/north-bayreuth.osm.gz");
        int childCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int vehicleCount = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        if (!Files.isRegularFile(extract)) {
            System.out.println(extract.toAbsolutePath() + " is absent: nothing to measure");
            return;
        }
        try (RoadGraph graph = RoadGraph.open(extract, Path.of("target", "bench-graph-cache"))) {
            List<GeoPoint> addresses = new ArrayList<>(graph.geocoder().all("address", Locale.GERMAN).stream()
                    .map(a -> new GeoPoint(a.lat(), a.lon())).distinct()
                    .sorted(Comparator.comparingDouble(GeoPoint::lat).thenComparingDouble(GeoPoint::lon)).toList());
            // The second school: the address nearest a kilometre east of the primary school.
            GeoPoint east = new GeoPoint(PRIMARY.lat(), PRIMARY.lon() + 1000 / (111_320.0 * Math.cos(Math.toRadians(50))));
            GeoPoint second = addresses.stream().min(Comparator.comparingDouble(a -> distance(a, east))).orElseThrow();
            addresses.remove(second);
            Collections.shuffle(addresses, new Random(300));
            StreetMap roads = new RoadStreetMap(graph, 1000);
            List<SchoolDemand.Bus> fleet = new ArrayList<>();
            for (int v = 0; v < vehicleCount; v++) {
                fleet.add(new SchoolDemand.Bus(v, SEATS, 0, 0, null));
            }
            List<List<SchoolDemand.Pupil>> pupils = List.of(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < childCount; i++) {
                pupils.get(i % 2).add(new SchoolDemand.Pupil(i + 1, addresses.get(i % addresses.size()), 600, 45 * 60,
                        false, false));
            }
            SchoolDemand.Dwell dwell = new SchoolDemand.Dwell(45, 10);
            List<SchoolDemand> demands = List.of(
                    new SchoolDemand(PRIMARY, EIGHT - 1800, EIGHT - 600, 16 * 3600 + 2400, pupils.get(0), fleet, List.of(), dwell),
                    new SchoolDemand(second, EIGHT + 600 - 1800, EIGHT, 16 * 3600 + 3000, pupils.get(1), fleet, List.of(), dwell));
            SchoolPlanner planner = new SchoolPlanner(roads);
            long t0 = System.nanoTime();
            List<SchoolPlan> own = new ArrayList<>();
            for (SchoolDemand d : demands) {
                own.add(planner.plan(d, Duration.ofSeconds(seconds), 1, DraftProgress.SILENT));
            }
            double apartSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            SchoolPlan shared = new SharedTrips(roads).share(demands, own, Instant.now().plusSeconds(Math.max(2, seconds / 5)));
            double shareSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "%nsecond school %.0f m from the first; %d children, %d minibuses of %d seats%n",
                    distance(PRIMARY, second) * 111_320, childCount, vehicleCount, SEATS);
            System.out.printf(Locale.ROOT, "%-8s %7s %8s %9s %9s %14s %8s%n", "", "served", "waiting", "vehicles", "km/day",
                    "longest ride", "seconds");
            int served = own.stream().mapToInt(p -> p.seats().size()).sum();
            int waiting = own.stream().mapToInt(p -> p.waiting().size()).sum();
            int vehicles = own.stream().mapToInt(p -> p.routes().size()).sum();
            double km = own.stream().flatMap(p -> p.routes().stream()).mapToDouble(r -> r.metres() + r.afternoonMetres())
                    .sum() / 1000;
            double longest = Math.max(longestRide(own.get(0), 0, dwell), longestRide(own.get(1), 1, dwell)) / 60;
            System.out.printf(Locale.ROOT, "%-8s %7d %8d %9d %9.1f %10.1f min %8.1f%n", "apart", served, waiting, vehicles,
                    km, longest, apartSeconds);
            double sharedKm = shared.routes().stream().mapToDouble(r -> r.metres() + r.afternoonMetres()).sum() / 1000;
            double sharedLongest = longestRide(shared, -1, dwell) / 60;
            long mixed = shared.routes().stream().filter(r -> r.visits().size() > 1).count();
            System.out.printf(Locale.ROOT, "%-8s %7d %8d %9d %9.1f %10.1f min %8.1f%n", "shared", shared.seats().size(),
                    shared.waiting().size(), shared.routes().size(), sharedKm, sharedLongest, apartSeconds + shareSeconds);
            long sharedStops = shared.routes().stream().filter(r -> r.visits().size() > 1)
                    .mapToLong(r -> r.stops().size()).sum();
            long sided = shared.routes().stream().filter(r -> r.visits().size() > 1)
                    .flatMap(r -> r.stops().stream()).filter(st -> st.side() != null).count();
            System.out.printf(Locale.ROOT, "%d of %d routes carry children of both schools (%d of their %d stops keep"
                    + " the families' side); sharing took %.1f s%n", mixed, shared.routes().size(), sided, sharedStops,
                    shareSeconds);
        }
    }

    /**
     * The longest morning ride of a child, from leaving their stop to reaching their own school (child ids: odd at
     * the first school, even at the second; {@code school} -1 for a shared plan, whose routes name their schools).
     */
    private static double longestRide(SchoolPlan plan, int school, SchoolDemand.Dwell dwell) {
        double longest = 0;
        for (var seat : plan.seats().entrySet()) {
            SchoolPlan.BusRoute r = plan.routes().get(seat.getValue().route());
            SchoolPlan.TimedStop stop = r.stops().get(seat.getValue().stop());
            int own = (int) ((seat.getKey() - 1) % 2);
            int arrival = r.visits().isEmpty() ? r.morningArrival() : r.visits().stream()
                    .filter(v -> v.school() == own).findFirst().orElseThrow().morningArrival();
            longest = Math.max(longest, arrival - stop.morningTime() - dwell.at(stop.children()));
        }
        return longest;
    }

    private static double distance(GeoPoint a, GeoPoint b) {
        return Math.hypot(a.lat() - b.lat(), (a.lon() - b.lon()) * Math.cos(Math.toRadians(a.lat())));
    }
}
