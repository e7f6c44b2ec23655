package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent check of a written solution against the instance file alone: parses both itself (it does not use
 * the planner's readers or model) and recomputes the objective and feasibility.
 */
final class SolutionChecker {

    /** The recomputed objective, the number of routes, and every rule broken (empty when feasible). */
    record Verdict(double objective, int vehicles, List<String> violations) {
        boolean feasible() {
            return violations.isEmpty();
        }
    }

    private SolutionChecker() {
    }

    /** CVRP: every customer exactly once, capacity per route, cost with each edge rounded to the nearest integer. */
    static Verdict checkCvrp(Path vrp, Path sol) throws IOException {
        List<String> lines = Files.readAllLines(vrp);
        int dim = 0;
        int capacity = 0;
        String section = "";
        double[][] xy = null;
        int[] demand = null;
        for (String raw : lines) {
            String l = raw.trim();
            if (l.startsWith("DIMENSION")) {
                dim = Integer.parseInt(l.split(":")[1].trim());
                xy = new double[dim][2];
                demand = new int[dim];
            } else if (l.startsWith("CAPACITY")) {
                capacity = Integer.parseInt(l.split(":")[1].trim());
            } else if (l.endsWith("SECTION") || l.equals("EOF")) {
                section = l;
            } else if (!l.isEmpty() && section.equals("NODE_COORD_SECTION")) {
                String[] f = l.split("\\s+");
                xy[Integer.parseInt(f[0]) - 1] = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
            } else if (!l.isEmpty() && section.equals("DEMAND_SECTION")) {
                String[] f = l.split("\\s+");
                demand[Integer.parseInt(f[0]) - 1] = Integer.parseInt(f[1]);
            }
        }
        List<String> bad = new ArrayList<>();
        int[] seen = new int[dim];
        double cost = 0;
        int routes = 0;
        for (String l : Files.readAllLines(sol)) {
            if (!l.startsWith("Route")) {
                continue;
            }
            routes++;
            String body = l.substring(l.indexOf(':') + 1).trim();
            int prev = 0;
            int load = 0;
            for (String tok : body.isEmpty() ? new String[0] : body.split("\\s+")) {
                int node = Integer.parseInt(tok);
                if (node < 1 || node >= dim) {
                    bad.add("unknown customer " + node);
                    continue;
                }
                seen[node]++;
                load += demand[node];
                cost += Math.floor(Math.hypot(xy[prev][0] - xy[node][0], xy[prev][1] - xy[node][1]) + 0.5);
                prev = node;
            }
            cost += Math.floor(Math.hypot(xy[prev][0] - xy[0][0], xy[prev][1] - xy[0][1]) + 0.5);
            if (load > capacity) {
                bad.add(l.substring(0, l.indexOf(':')) + " carries " + load + " > capacity " + capacity);
            }
        }
        for (int c = 1; c < dim; c++) {
            if (seen[c] != 1) {
                bad.add("customer " + c + " served " + seen[c] + " times");
            }
        }
        return new Verdict(cost, routes, bad);
    }

    /**
     * School bus with stop selection: each stop on at most one route and at most once, each student at a visited
     * stop within the walking limit (inclusive), at most c students per bus, total unrounded Euclidean distance.
     */
    static Verdict checkSbrp(Path instance, Path json) throws IOException {
        double[] v = Files.readAllLines(instance).stream().map(String::trim).filter(l -> !l.isEmpty())
                .flatMap(l -> Arrays.stream(l.split("\\s+"))).mapToDouble(Double::parseDouble).toArray();
        int m = (int) v[0];
        int n = (int) v[1];
        int c = (int) v[3];
        double w = v[4];
        double[][] p = new double[m + 1 + n][2];
        for (int k = 0; k < p.length; k++) {
            p[k] = new double[] {v[5 + 2 * k], v[6 + 2 * k]};
        }
        String text = Files.readString(json);
        List<String> bad = new ArrayList<>();
        Matcher routesBlock = Pattern.compile("\"routes\"\\s*:\\s*\\[(.*?)\\]\\s*,\\s*\"studentStop\"",
                Pattern.DOTALL).matcher(text);
        Matcher stopsBlock = Pattern.compile("\"studentStop\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(text);
        if (!routesBlock.find() || !stopsBlock.find()) {
            return new Verdict(Double.NaN, 0, List.of("not a solution file"));
        }
        int[] routeOf = new int[m + 1];
        Arrays.fill(routeOf, -1);
        Matcher route = Pattern.compile("\\[([^\\[\\]]*)\\]").matcher(routesBlock.group(1));
        double dist = 0;
        int routes = 0;
        while (route.find()) {
            int prev = 0;
            for (int stop : ints(route.group(1))) {
                if (stop < 1 || stop > m) {
                    bad.add("unknown stop " + stop);
                    continue;
                }
                if (routeOf[stop] >= 0) {
                    bad.add("stop " + stop + " visited twice");
                }
                routeOf[stop] = routes;
                dist += Math.hypot(p[prev][0] - p[stop][0], p[prev][1] - p[stop][1]);
                prev = stop;
            }
            dist += Math.hypot(p[prev][0] - p[0][0], p[prev][1] - p[0][1]);
            routes++;
        }
        int[] students = ints(stopsBlock.group(1));
        if (students.length != n) {
            bad.add(students.length + " students assigned, instance has " + n);
        }
        int[] load = new int[routes];
        for (int i = 0; i < students.length; i++) {
            int stop = students[i];
            if (stop < 1 || stop > m || routeOf[stop] < 0) {
                bad.add("student " + (i + 1) + " at unvisited stop " + stop);
                continue;
            }
            double walk = Math.hypot(p[m + 1 + i][0] - p[stop][0], p[m + 1 + i][1] - p[stop][1]);
            if (walk > w) {
                bad.add("student " + (i + 1) + " walks " + walk + " > " + w);
            }
            load[routeOf[stop]]++;
        }
        for (int r = 0; r < routes; r++) {
            if (load[r] > c) {
                bad.add("route " + (r + 1) + " carries " + load[r] + " > " + c);
            }
        }
        return new Verdict(dist, routes, bad);
    }

    /**
     * Solomon VRPTW: every customer exactly once, capacity per route, service starting within each customer's
     * window (waiting allowed, travel time = unrounded Euclidean distance, service times as in the file), back at
     * the depot by its due date. Objective: the distance; the hierarchical rule compares {@code vehicles} first.
     */
    static Verdict checkVrptw(Path txt, Path sol) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String raw : Files.readAllLines(txt)) {
            String[] f = raw.trim().split("\\s+");
            if (f.length == 7 && f[0].matches("\\d+")) {
                rows.add(Arrays.stream(f).mapToDouble(Double::parseDouble).toArray());
            }
        }
        int capacity = 0;
        List<String> lines = Files.readAllLines(txt);
        for (int k = 0; k + 1 < lines.size(); k++) {
            if (lines.get(k).trim().startsWith("NUMBER")) {
                capacity = Integer.parseInt(lines.get(k + 1).trim().split("\\s+")[1]);
            }
        }
        int n = rows.size();
        List<String> bad = new ArrayList<>();
        int[] seen = new int[n];
        double dist = 0;
        int routes = 0;
        double tolerance = 1e-6;
        for (String l : Files.readAllLines(sol)) {
            if (!l.startsWith("Route")) {
                continue;
            }
            routes++;
            String name = l.substring(0, l.indexOf(':'));
            String body = l.substring(l.indexOf(':') + 1).trim();
            int prev = 0;
            double clock = rows.get(0)[4];
            int load = 0;
            for (String tok : body.isEmpty() ? new String[0] : body.split("\\s+")) {
                int c = Integer.parseInt(tok);
                if (c < 1 || c >= n) {
                    bad.add("unknown customer " + c);
                    continue;
                }
                seen[c]++;
                double leg = Math.hypot(rows.get(prev)[1] - rows.get(c)[1], rows.get(prev)[2] - rows.get(c)[2]);
                dist += leg;
                clock = Math.max(clock + leg, rows.get(c)[4]);
                if (clock > rows.get(c)[5] + tolerance) {
                    bad.add(name + " starts customer " + c + " at " + clock + " > due " + rows.get(c)[5]);
                }
                clock += rows.get(c)[6];
                load += (int) rows.get(c)[3];
                prev = c;
            }
            double back = Math.hypot(rows.get(prev)[1] - rows.get(0)[1], rows.get(prev)[2] - rows.get(0)[2]);
            dist += back;
            if (clock + back > rows.get(0)[5] + tolerance) {
                bad.add(name + " returns at " + (clock + back) + " > depot due " + rows.get(0)[5]);
            }
            if (load > capacity) {
                bad.add(name + " carries " + load + " > capacity " + capacity);
            }
        }
        for (int c = 1; c < n; c++) {
            if (seen[c] != 1) {
                bad.add("customer " + c + " served " + seen[c] + " times");
            }
        }
        return new Verdict(dist, routes, bad);
    }

    private static int[] ints(String csv) {
        String t = csv.trim();
        return t.isEmpty() ? new int[0] : Arrays.stream(t.split("\\s*,\\s*")).mapToInt(Integer::parseInt).toArray();
    }
}
