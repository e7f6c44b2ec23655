package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.Objective;
import org.schoolshuttle.planning.Plan;
import org.schoolshuttle.planning.Planner;
import org.schoolshuttle.planning.PlanningProblem;
import org.schoolshuttle.planning.Rider;
import org.schoolshuttle.planning.SolverSettings;
import org.schoolshuttle.planning.Stop;
import org.schoolshuttle.planning.StopChoice;
import org.schoolshuttle.planning.StopPlacement;
import org.schoolshuttle.planning.TimeWindow;
import org.schoolshuttle.planning.Vehicle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints the stages of planning one school on a real road network: children at random real addresses,
 * bus stops placed within 600 m walks, the minibus matrix between school and stops, and the routes. The
 * same code path as the benchmarks in the plane; time windows and ride-time limits are not yet part of it.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.schoolshuttle.routing.SchoolPlanBenchmark \
 *     -Dexec.args="../shared/routing-data/north-bayreuth.osm.gz 300 15 20"
 * </pre>
 * Arguments: extract, children, vehicles (25 seats each), solver seconds.
 */
public final class SchoolPlanBenchmark {

    private static final GeoPoint NEUDROSSENFELD_SCHOOL = new GeoPoint(50.0178, 11.5020);
    /** A rural school minibus: 15 of them carry 375 children, room for the 300. */
    private static final int SEATS = 25;

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args.length > 0 ? args[0] : "../shared/routing-data/north-bayreuth.osm.gz");
        int childCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int vehicleCount = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        if (!Files.isRegularFile(extract)) {
            System.out.println(extract.toAbsolutePath() + " is absent: nothing to measure");
            return;
        }
        try (RoadGraph graph = RoadGraph.open(extract, Path.of("target", "bench-graph-cache"))) {
            RoadSnapper snapper = new RoadSnapper(graph, 1000);
            TravelMatrix matrix = new TravelMatrix(graph, snapper);
            List<GeoPoint> homes = homes(graph, childCount);

            long t0 = System.nanoTime();
            List<GeoPoint> candidates = new ArrayList<>();
            for (GeoPoint home : homes) {
                SnappedPoint stop = snapper.busStop(home, "home");
                candidates.add(new GeoPoint(stop.lat(), stop.lon()));
            }
            RoadWalkDistances walk = new RoadWalkDistances(matrix.compute(TravelProfile.CHILD_WALK, homes, candidates));
            long t1 = System.nanoTime();
            double[] limits = new double[homes.size()];
            java.util.Arrays.fill(limits, 600);
            StopChoice choice = new StopPlacement().choose(walk, limits, new BitSet(), SEATS);
            long t2 = System.nanoTime();

            List<GeoPoint> points = new ArrayList<>();
            points.add(NEUDROSSENFELD_SCHOOL);
            choice.stops().forEach(s -> points.add(candidates.get(s)));
            RoadTravelTimes travel = new RoadTravelTimes(matrix.compute(TravelProfile.MINIBUS, points, points));
            long t3 = System.nanoTime();

            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < choice.stops().size(); i++) {
                stops.add(new Stop("s" + i, i + 1, 45, 10, TimeWindow.ANY));
            }
            List<Rider> riders = new ArrayList<>();
            for (int h = 0; h < homes.size(); h++) {
                if (choice.reachable().get(h).length > 0) {
                    riders.add(new Rider("c" + h, 1, choice.reachable().get(h), 0));
                }
            }
            List<Vehicle> vehicles = new ArrayList<>();
            for (int v = 0; v < vehicleCount; v++) {
                vehicles.add(new Vehicle("bus" + v, SEATS));
            }
            PlanningProblem problem = new PlanningProblem(travel, 0, stops, riders, vehicles,
                    Objective.fewestVehiclesThenDistance(1_000_000));
            Plan plan = new Planner().solve(problem, SolverSettings.of(Duration.ofSeconds(seconds)));
            long t4 = System.nanoTime();

            System.out.printf(Locale.ROOT, "%n%d children, %d unreachable on foot, %d stops chosen from %d candidates%n",
                    homes.size(), choice.unreachable().size(), choice.stops().size(), candidates.size());
            System.out.printf(Locale.ROOT, "bus-stop snapping + child_walk matrix %d x %d: %.2f s%n", homes.size(),
                    candidates.size(), (t1 - t0) / 1e9);
            System.out.printf(Locale.ROOT, "stop placement: %.3f s%n", (t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "minibus matrix %d x %d: %.3f s%n", points.size(), points.size(), (t3 - t2) / 1e9);
            System.out.printf(Locale.ROOT, "routes: %d vehicles, %.1f km, %d unserved, solver %.1f s%n", plan.vehicles(),
                    plan.metres() / 1000, plan.unserved().size(), (t4 - t3) / 1e9);
            System.out.printf(Locale.ROOT, "whole draft: %.1f s%n", (t4 - t0) / 1e9);
            long cutOff = java.util.stream.IntStream.range(1, points.size())
                    .filter(i -> !Double.isFinite(travel.seconds(i, 0)) || !Double.isFinite(travel.seconds(0, i))).count();
            System.out.printf(Locale.ROOT, "stops with no minibus route to or from the school: %d%n", cutOff);
        }
    }

    /** Random real addresses of the extract, deterministic. */
    private static List<GeoPoint> homes(RoadGraph graph, int count) {
        List<GeoPoint> all = new ArrayList<>(graph.geocoder().all("address", Locale.GERMAN).stream()
                .map(a -> new GeoPoint(a.lat(), a.lon())).toList());
        Collections.shuffle(all, new Random(300));
        List<GeoPoint> chosen = new ArrayList<>();
        for (GeoPoint p : all) {
            if (chosen.size() == count) {
                break;
            }
            chosen.add(p);
        }
        return chosen;
    }
}
