package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark command (not a test). Usage:
 * {@code PlanningBenchmark <benchmarks-folder> [seconds-per-instance=10] [out=target/planning-benchmark]
 * [sets=cvrp-augerat,sbrp-bss-schittekat2013] [match=regex] [threads=2]}; the sets known are cvrp-augerat,
 * sbrp-bss-schittekat2013, vrptw-solomon-100 (hierarchical: vehicles, then distance) and sbrp-mixed-park2012
 * (number of buses; the time limit is per instance, shared between its schools).
 * Solves every listed instance of {@code best_known.csv}, writes each solution and {@code results.csv} into the
 * output folder; the objective reported is the one the independent {@link SolutionChecker} recomputes.
 */
public final class PlanningBenchmark {

    /** {@code bestVehicles} is the best-known vehicle count, 0 when none is published. */
    record Row(String instance, String set, double objective, double bestKnown, double gap, int vehicles,
            int bestVehicles, double seconds, boolean provenOptimal, boolean feasible) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Map<String, String> opt = new LinkedHashMap<>();
        for (int k = 1; k < args.length; k++) {
            String[] kv = args[k].split("=", 2);
            opt.put(kv.length == 2 ? kv[0] : "seconds", kv.length == 2 ? kv[1] : kv[0]);
        }
        Duration limit = Duration.ofMillis((long) (Double.parseDouble(opt.getOrDefault("seconds", "10")) * 1000));
        Path out = Path.of(opt.getOrDefault("out", "target/planning-benchmark"));
        List<String> sets = List.of(opt.getOrDefault("sets", "cvrp-augerat,sbrp-bss-schittekat2013").split(","));
        String match = opt.getOrDefault("match", ".*");
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        Files.createDirectories(out);
        List<Row> rows = new ArrayList<>();
        List<String> known = Files.readAllLines(root.resolve("best_known.csv"));
        for (String line : known.subList(1, known.size())) {
            String[] f = line.split(",", 5);
            String name = f[0];
            String set = f[1];
            if (sets.stream().noneMatch(set::startsWith) || !name.matches(match)) {
                continue;
            }
            int bestVehicles = f[3].isBlank() ? 0 : Integer.parseInt(f[3].trim());
            Row row = run(root, out, name, set, Double.parseDouble(f[2]), bestVehicles, f[4], limit, threads);
            if (row != null) {
                rows.add(row);
                System.out.printf(Locale.ROOT, "%-34s %-24s %10.2f %10.2f %7.2f%% %3d/%-3s %6.1fs%s%n", row.instance,
                        row.set, row.objective, row.bestKnown, row.gap, row.vehicles,
                        row.bestVehicles > 0 ? String.valueOf(row.bestVehicles) : "-", row.seconds,
                        row.feasible ? "" : " INFEASIBLE");
            }
        }
        writeCsv(out.resolve("results.csv"), rows);
        BenchmarkSummary.print(rows);
    }

    private static Row run(Path root, Path out, String name, String set, double best, int bestVehicles,
            String source, Duration limit, int threads) throws IOException {
        if (set.equals("sbrp-mixed-park2012")) {
            return runMixed(root, out, name, set, best, limit, threads);
        }
        boolean cvrp = set.startsWith("cvrp-augerat-");
        boolean vrptw = set.equals("vrptw-solomon-100");
        Path instance = cvrp
                ? root.resolve("cvrp-augerat").resolve(set.substring("cvrp-augerat-".length())).resolve(name + ".vrp")
                : vrptw ? root.resolve("vrptw-solomon").resolve(name + ".txt")
                : root.resolve(set).resolve(name + ".xpress");
        if (!cvrp && !vrptw && !set.equals("sbrp-bss-schittekat2013") || !Files.exists(instance)) {
            return null;
        }
        PlanningProblem problem = cvrp ? AugeratReader.read(instance)
                : vrptw ? SolomonReader.read(instance) : SchittekatReader.read(instance);
        long start = System.nanoTime();
        Plan plan = new Planner().solve(problem, new SolverSettings(limit, 1, threads));
        double seconds = (System.nanoTime() - start) / 1e9;
        Path solution = out.resolve(name + (cvrp || vrptw ? ".sol" : ".json"));
        SolutionChecker.Verdict verdict;
        if (cvrp) {
            SolutionWriter.writeCvrp(plan, solution);
            verdict = SolutionChecker.checkCvrp(instance, solution);
        } else if (vrptw) {
            SolutionWriter.writeVrptw(plan, solution);
            verdict = SolutionChecker.checkVrptw(instance, solution);
        } else {
            SolutionWriter.writeSchoolBus(plan, solution);
            verdict = SolutionChecker.checkSbrp(instance, solution);
        }
        if (!verdict.feasible()) {
            System.out.println(name + ": " + verdict.violations());
        }
        double gap = 100 * (verdict.objective() - best) / best;
        boolean proven = source.contains("proven optimum") || source.contains("hence optimal")
                || source.contains("Optimal value");
        return new Row(name, set, verdict.objective(), best, gap, verdict.vehicles(), bestVehicles, seconds, proven,
                verdict.feasible());
    }

    /** {@code RSRB01-T2700}: folder RSRB01, ride limit 2700 s; objective and best known are bus counts. */
    private static Row runMixed(Path root, Path out, String name, String set, double best, Duration limit, int threads)
            throws IOException {
        String[] parts = name.split("-T");
        Path folder = root.resolve(set).resolve(parts[0]);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        int rideLimit = Integer.parseInt(parts[1]);
        long start = System.nanoTime();
        List<List<ParkSolver.Trip>> buses = ParkSolver.solve(ParkInstance.read(folder, rideLimit), limit, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path solution = out.resolve(name + ".json");
        StringBuilder json = new StringBuilder("{\"buses\": [\n");
        for (int b = 0; b < buses.size(); b++) {
            json.append("  [");
            for (int t = 0; t < buses.get(b).size(); t++) {
                ParkSolver.Trip trip = buses.get(b).get(t);
                json.append(t == 0 ? "" : ", ").append("{\"stops\": ").append(trip.stops()).append(", \"schools\": [");
                for (int v = 0; v < trip.schools().size(); v++) {
                    ParkSolver.Visit visit = trip.schools().get(v);
                    json.append(v == 0 ? "" : ", ").append("{\"school\": ").append(visit.school())
                            .append(", \"arrival\": ").append(visit.arrival()).append('}');
                }
                json.append("]}");
            }
            json.append(b + 1 < buses.size() ? "],\n" : "]\n");
        }
        Files.writeString(solution, json.append("]}\n"));
        SolutionChecker.Verdict verdict = ParkChecker.check(folder, rideLimit, solution);
        if (!verdict.feasible()) {
            System.out.println(name + ": " + verdict.violations().subList(0, Math.min(5, verdict.violations().size())));
        }
        double gap = 100 * (verdict.objective() - best) / best;
        return new Row(name, set, verdict.objective(), best, gap, verdict.vehicles(), (int) best, seconds, false,
                verdict.feasible());
    }

    private static void writeCsv(Path file, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("instance,set,objective,best_known,gap_percent,vehicles,seconds\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%s,%.2f,%.2f,%.3f,%d,%.2f%n", r.instance, r.set,
                    r.feasible ? r.objective : Double.NaN, r.bestKnown, r.gap, r.vehicles, r.seconds));
        }
        Files.writeString(file, b);
    }
}
