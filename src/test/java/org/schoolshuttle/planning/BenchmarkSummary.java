package org.schoolshuttle.planning;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints the per-set summary of a benchmark run: mean gap, count within 1 %, worst instance, time. */
final class BenchmarkSummary {

    private BenchmarkSummary() {
    }

    static void print(List<PlanningBenchmark.Row> rows) {
        Map<String, List<PlanningBenchmark.Row>> bySet = new TreeMap<>(
                rows.stream().collect(Collectors.groupingBy(PlanningBenchmark.Row::set)));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-26s %4s %9s %11s %8s %8s %9s  %s%n", "set", "n", "mean gap", "proven-opt",
                "<=1%", "infeas.", "max time", "worst");
        for (Map.Entry<String, List<PlanningBenchmark.Row>> e : bySet.entrySet()) {
            List<PlanningBenchmark.Row> set = e.getValue();
            double mean = set.stream().mapToDouble(PlanningBenchmark.Row::gap).average().orElse(Double.NaN);
            double proven = set.stream().filter(PlanningBenchmark.Row::provenOptimal)
                    .mapToDouble(PlanningBenchmark.Row::gap).average().orElse(Double.NaN);
            long within = set.stream().filter(r -> r.gap() <= 1.0).count();
            long infeasible = set.stream().filter(r -> !r.feasible()).count();
            double maxTime = set.stream().mapToDouble(PlanningBenchmark.Row::seconds).max().orElse(0);
            PlanningBenchmark.Row worst = set.stream().max(Comparator.comparingDouble(PlanningBenchmark.Row::gap)).get();
            System.out.printf(Locale.ROOT, "%-26s %4d %8.2f%% %10.2f%% %4d/%-3d %8d %8.1fs  %s (%.2f%%)%n", e.getKey(),
                    set.size(), mean, proven, within, set.size(), infeasible, maxTime, worst.instance(), worst.gap());
            List<PlanningBenchmark.Row> counted = set.stream().filter(r -> r.bestVehicles() > 0).toList();
            if (e.getKey().startsWith("vrptw") && !counted.isEmpty()) {
                // Hierarchical objective: the vehicle count decides first.
                long atBest = counted.stream().filter(r -> r.feasible() && r.vehicles() <= r.bestVehicles()).count();
                System.out.printf(Locale.ROOT, "%-26s vehicles at best known: %d/%d; extra vehicles in total: %d%n", "",
                        atBest, counted.size(),
                        counted.stream().mapToInt(r -> Math.max(0, r.vehicles() - r.bestVehicles())).sum());
            }
        }
    }
}
