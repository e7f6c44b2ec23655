package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.DraftProgress;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.SchoolPlan;
import org.schoolshuttle.planning.SchoolPlanner;
import org.schoolshuttle.planning.StreetMap;
import org.schoolshuttle.planning.TravelTimes;
import org.schoolshuttle.planning.WalkDistances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Draft plans on a real road network through the service's own planning path ({@link SchoolPlanner} on the
 * loaded graph): children at random real addresses, bus stops within their walking limit, minibus matrix, routes
 * under the arrival window, the 45-minute ride limit and stop dwell times. Prints one line per school and the
 * whole time.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.schoolshuttle.routing.SchoolPlanBenchmark \
 *     -Dexec.args="../shared/routing-data/north-bayreuth.osm.gz 300 1 15 20"
 * </pre>
 * Arguments: extract, children, schools, vehicles (25 seats each, shared out between the schools in proportion
 * to their children), solver seconds per school. With
 * several schools the first is Neudrossenfeld's and the others stand at real addresses spread over the map; each
 * child goes to the nearest school.
 */
public final class SchoolPlanBenchmark {

    private static final GeoPoint NEUDROSSENFELD_SCHOOL = new GeoPoint(50.0178, 11.5020);
    private static final int SEATS = 25;
    private static final int BELL = 8 * 3600;
    private static final int DISMISSAL = 16 * 3600 + 30 * 60;

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args.length > 0 ? args[0] : "../shared/routing-data/north-bayreuth.osm.gz");
        int childCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int schoolCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int vehicleCount = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        // "curb=off": legs as the matrix has them, to measure what keeping the families' side costs.
        boolean curbSide = !(args.length > 5 && args[5].equals("curb=off"));
        if (!Files.isRegularFile(extract)) {
            System.out.println(extract.toAbsolutePath() + " is absent: nothing to measure");
            return;
        }
        try (RoadGraph graph = RoadGraph.open(extract, Path.of("target", "bench-graph-cache"))) {
            List<GeoPoint> addresses = addresses(graph);
            List<GeoPoint> schools = new ArrayList<>(List.of(NEUDROSSENFELD_SCHOOL));
            for (int s = 1; s < schoolCount; s++) {
                schools.add(addresses.get(addresses.size() - s));
            }
            Map<Integer, List<GeoPoint>> homesBySchool = new LinkedHashMap<>();
            List<GeoPoint> homes = homes(addresses.subList(0, addresses.size() - schoolCount), childCount);
            for (GeoPoint home : homes) {
                int nearest = 0;
                for (int s = 1; s < schools.size(); s++) {
                    if (distance(home, schools.get(s)) < distance(home, schools.get(nearest))) {
                        nearest = s;
                    }
                }
                homesBySchool.computeIfAbsent(nearest, k -> new ArrayList<>()).add(home);
            }
            StreetMap roads = new RoadStreetMap(graph, 1000);
            SchoolPlanner planner = new SchoolPlanner(curbSide ? roads : new StreetMap() {
                public Optional<NamedPoint> busStopNear(GeoPoint home) {
                    return roads.busStopNear(home);
                }

                public WalkDistances walking(List<GeoPoint> homes, List<GeoPoint> stops) {
                    return roads.walking(homes, stops);
                }

                public TravelTimes driving(List<GeoPoint> points) {
                    return roads.driving(points);
                }
            });
            System.out.printf(Locale.ROOT, "%n%-7s %8s %7s %8s %7s %9s %8s %10s %8s %10s %8s%n", "school", "children",
                    "served", "waiting", "buses", "km/loop", "stops", "longest", "walk max", "curb side", "seconds");
            long all = System.nanoTime();
            long id = 1;
            for (var entry : homesBySchool.entrySet()) {
                List<SchoolDemand.Pupil> pupils = new ArrayList<>();
                for (GeoPoint home : entry.getValue()) {
                    pupils.add(new SchoolDemand.Pupil(id++, home, 600, 45 * 60, false, false));
                }
                // The fleet is shared out in proportion to each school's children.
                int fleet = (int) Math.ceil(vehicleCount * (double) pupils.size() / homes.size());
                List<SchoolDemand.Bus> buses = new ArrayList<>();
                for (int v = 0; v < fleet; v++) {
                    buses.add(new SchoolDemand.Bus(v, SEATS, 0, 0, null));
                }
                SchoolDemand demand = new SchoolDemand(schools.get(entry.getKey()), BELL - 1800, BELL - 600,
                        DISMISSAL + 600, pupils, buses, List.of(), new SchoolDemand.Dwell(45, 10));
                long t0 = System.nanoTime();
                SchoolPlan plan = planner.plan(demand, Duration.ofSeconds(seconds), 1, DraftProgress.SILENT);
                double took = (System.nanoTime() - t0) / 1e9;
                int longest = 0;
                for (SchoolPlan.BusRoute r : plan.routes()) {
                    longest = Math.max(longest, r.morningArrival() - r.stops().get(0).morningTime());
                }
                double walkMax = plan.seats().values().stream().mapToDouble(SchoolPlan.Seat::walkMetres).max().orElse(0);
                // Stops whose families' side of the road the route keeps at the door.
                long curb = plan.routes().stream().flatMap(r -> r.stops().stream()).filter(s -> s.side() != null).count();
                System.out.printf(Locale.ROOT, "%-7d %8d %7d %8d %7s %9.1f %8d %8.1f m %8.0f %10d %8.1f%n",
                        entry.getKey() + 1, pupils.size(), plan.seats().size(), plan.waiting().size(),
                        plan.routes().size() + "/" + fleet,
                        plan.routes().stream().mapToDouble(SchoolPlan.BusRoute::metres).sum() / 1000,
                        plan.routes().stream().mapToInt(r -> r.stops().size()).sum(), longest / 60.0, walkMax, curb, took);
                Map<Object, Long> reasons = new java.util.TreeMap<>();
                plan.waiting().values().forEach(r -> reasons.merge(r, 1L, Long::sum));
                if (!reasons.isEmpty()) {
                    System.out.println("        waiting: " + reasons);
                }
            }
            System.out.printf(Locale.ROOT, "whole run: %.1f s for %d children at %d school(s)%n",
                    (System.nanoTime() - all) / 1e9, homes.size(), schoolCount);
        }
    }

    private static double distance(GeoPoint a, GeoPoint b) {
        return Math.hypot(a.lat() - b.lat(), (a.lon() - b.lon()) * Math.cos(Math.toRadians(a.lat())));
    }

    /**
     * One home per child: the addresses in turn, and where there are more children than addresses (north-bayreuth
     * has about 800), further homes within 60 m of an address — the neighbours and siblings of a real village.
     */
    private static List<GeoPoint> homes(List<GeoPoint> addresses, int count) {
        Random random = new Random(2000);
        List<GeoPoint> homes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeoPoint a = addresses.get(i % addresses.size());
            if (i < addresses.size()) {
                homes.add(a);
            } else {
                double dLat = (random.nextDouble() * 2 - 1) * 60 / 111_320.0;
                double dLon = (random.nextDouble() * 2 - 1) * 60 / (111_320.0 * Math.cos(Math.toRadians(a.lat())));
                homes.add(new GeoPoint(a.lat() + dLat, a.lon() + dLon));
            }
        }
        return homes;
    }

    /** Real addresses of the extract in a fixed random order. */
    private static List<GeoPoint> addresses(RoadGraph graph) {
        List<GeoPoint> all = new ArrayList<>(graph.geocoder().all("address", Locale.GERMAN).stream()
                .map(a -> new GeoPoint(a.lat(), a.lon())).distinct()
                .sorted(Comparator.comparingDouble(GeoPoint::lat).thenComparingDouble(GeoPoint::lon)).toList());
        Collections.shuffle(all, new Random(300));
        return all;
    }
}
