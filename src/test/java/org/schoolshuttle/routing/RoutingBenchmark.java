package org.schoolshuttle.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.storage.NodeAccess;
import org.schoolshuttle.common.GeoPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints routing figures for an extract (default: the shared north-bayreuth one): route latency per
 * profile over random pairs, a minibus matrix, and the same matrix as single route queries.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.schoolshuttle.routing.RoutingBenchmark \
 *     -Dexec.args="../shared/routing-data/north-bayreuth.osm.gz 10000 500"
 * </pre>
 */
public final class RoutingBenchmark {

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args.length > 0 ? args[0] : "../shared/routing-data/north-bayreuth.osm.gz");
        int routes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int side = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        if (!Files.isRegularFile(extract)) {
            System.out.println(extract.toAbsolutePath() + " is absent: nothing to measure");
            return;
        }
        try (RoadGraph graph = RoadGraph.open(extract, Path.of("target", "bench-graph-cache"))) {
            RoadSnapper snapper = new RoadSnapper(graph, 1000);
            RoadRouter router = new RoadRouter(graph, snapper);
            Random random = new Random(42);
            System.out.printf(Locale.ROOT, "%nExtract %s: %d nodes, %d edges, %d cores%n", extract.getFileName(),
                    graph.hopper().getBaseGraph().getNodes(), graph.hopper().getBaseGraph().getEdges(),
                    Runtime.getRuntime().availableProcessors());
            for (TravelProfile profile : List.of(TravelProfile.MINIBUS, TravelProfile.CHILD_WALK)) {
                routeLatency(graph, router, profile, routes, random);
            }
            matrix(graph, snapper, side, random);
        }
    }

    private static void routeLatency(RoadGraph graph, RoadRouter router, TravelProfile profile, int count, Random random) {
        List<GeoPoint> points = nodePoints(graph, 2 * (count + 1000), random);
        int failures = 0;
        for (int i = 0; i < 1000; i++) {
            failures += timeRoute(router, profile, points.get(2 * i), points.get(2 * i + 1)) < 0 ? 1 : 0;
        }
        long[] nanos = new long[count];
        failures = 0;
        for (int i = 0; i < count; i++) {
            long t = timeRoute(router, profile, points.get(2000 + 2 * i), points.get(2001 + 2 * i));
            failures += t < 0 ? 1 : 0;
            nanos[i] = Math.abs(t);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "route %-10s %6d random pairs: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d without connection)%n",
                profile.id(), count, nanos[count / 2] / 1e6, nanos[(int) (count * 0.99)] / 1e6, nanos[count - 1] / 1e6, failures);
    }

    /** Nanoseconds of one full route (snapping, path, instructions, road classes); negative when refused. */
    private static long timeRoute(RoadRouter router, TravelProfile profile, GeoPoint from, GeoPoint to) {
        long start = System.nanoTime();
        try {
            router.route(from, to, profile, Locale.ENGLISH, "");
            return System.nanoTime() - start;
        } catch (NoConnectionException | UnroutablePointException e) {
            return -(System.nanoTime() - start);
        }
    }

    private static void matrix(RoadGraph graph, RoadSnapper snapper, int side, Random random) {
        List<GeoPoint> sources = minibusPoints(graph, snapper, side, random);
        List<GeoPoint> targets = minibusPoints(graph, snapper, side, random);
        TravelMatrix matrix = new TravelMatrix(graph, snapper);
        matrix.compute(TravelProfile.MINIBUS, sources, targets);
        long best = Long.MAX_VALUE;
        CellTable cells = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            cells = matrix.compute(TravelProfile.MINIBUS, sources, targets);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "matrix minibus %d x %d: %.1f ms (best of 5, snapping included)%n", side, side, best / 1e6);

        long start = System.nanoTime();
        double worstSeconds = 0;
        double worstMetres = 0;
        for (int s = 0; s < side; s++) {
            for (int t = 0; t < side; t++) {
                GHRequest request = new GHRequest(sources.get(s).lat(), sources.get(s).lon(), targets.get(t).lat(), targets.get(t).lon())
                        .setProfile(TravelProfile.MINIBUS.id());
                request.putHint("instructions", false);
                request.putHint("calc_points", false);
                GHResponse response = graph.hopper().route(request);
                if (!response.hasErrors()) {
                    worstSeconds = Math.max(worstSeconds, Math.abs(response.getBest().getTime() / 1000.0 - cells.seconds[s][t]));
                    worstMetres = Math.max(worstMetres, Math.abs(response.getBest().getDistance() - cells.metres[s][t]));
                }
            }
        }
        long singles = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "same matrix as %d single CH routes: %.1f ms, the matrix is %.0fx faster%n",
                side * side, singles / 1e6, singles / (double) best);
        System.out.printf(Locale.ROOT, "largest difference matrix vs single routes: %.2f s, %.2f m%n", worstSeconds, worstMetres);
    }

    /** Random graph nodes the minibus can reach (footpath-only nodes may lie too far from a road). */
    private static List<GeoPoint> minibusPoints(RoadGraph graph, RoadSnapper snapper, int count, Random random) {
        List<GeoPoint> points = new ArrayList<>(count);
        while (points.size() < count) {
            for (GeoPoint p : nodePoints(graph, count, random)) {
                try {
                    snapper.snap(p, TravelProfile.MINIBUS, "point");
                    if (points.size() < count) {
                        points.add(p);
                    }
                } catch (UnroutablePointException e) {
                    // not a place a minibus serves: draw another
                }
            }
        }
        return points;
    }

    /** Points at random graph nodes, so every point lies on the network. */
    private static List<GeoPoint> nodePoints(RoadGraph graph, int count, Random random) {
        NodeAccess nodes = graph.hopper().getBaseGraph().getNodeAccess();
        int total = graph.hopper().getBaseGraph().getNodes();
        List<GeoPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int node = random.nextInt(total);
            points.add(new GeoPoint(nodes.getLat(node), nodes.getLon(node)));
        }
        return points;
    }
}
