package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One search thread: greedy construction, then ruin-and-recreate under simulated annealing with an exponential
 * cooling schedule over the time limit; returns the best solution seen, polished by 2-opt.
 */
final class Annealing {

    static final double START_TEMPERATURE = Double.parseDouble(System.getProperty("planner.t0", "0.3"));
    static final double END_TEMPERATURE = Double.parseDouble(System.getProperty("planner.tf", "0.003"));
    /** Share of the time spent removing routes when vehicles cost more than distance. */
    static final double FLEET_SHARE = Double.parseDouble(System.getProperty("planner.fleetShare", "0.4"));

    private final SearchModel m;
    private final StringRuin ruin = new StringRuin(10, 10);
    private final GreedyRecreate recreate = new GreedyRecreate(0.01);
    private final RedundantStops redundant = new RedundantStops();

    Annealing(SearchModel m) {
        this.m = m;
    }

    Solution run(long deadlineNanos, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Solution current = new Solution(m);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < m.riderCount; i++) {
            open.add(i);
        }
        recreate.recreate(current, open, rnd);
        redundant.drop(current);
        current.compact();
        // Temperatures follow the construction's edges: after route elimination they would be too short to escape.
        double scale = edgeScale(current);
        if (m.vehicleCost > 0) {
            long now = System.nanoTime();
            long fleetDeadline = now + (long) (FLEET_SHARE * Math.max(0, deadlineNanos - now));
            current = new FleetMinimisation(m, ruin, recreate, redundant).run(current, fleetDeadline, rnd);
        }
        Solution best = new Solution(m);
        best.copyFrom(current);
        Solution trial = new Solution(m);
        double t0 = START_TEMPERATURE * scale;
        double tf = END_TEMPERATURE * scale;
        long start = System.nanoTime();
        double span = Math.max(1, deadlineNanos - start);
        double currentCost = current.cost();
        double bestCost = currentCost;
        List<Integer> unassigned = new ArrayList<>();
        while (true) {
            long now = System.nanoTime();
            if (now >= deadlineNanos) {
                break;
            }
            double temperature = t0 * Math.pow(tf / t0, (now - start) / span);
            trial.copyFrom(current);
            unassigned.clear();
            ruin.ruin(trial, rnd, unassigned);
            unassigned.clear();
            for (int i = 0; i < m.riderCount; i++) {
                if (trial.riderRoute[i] < 0) {
                    unassigned.add(i);
                }
            }
            recreate.recreate(trial, unassigned, rnd);
            redundant.drop(trial);
            trial.compact();
            double cost = trial.cost();
            // Every move checks times; this full check is the safety net (e.g. a road matrix that is not metric).
            if (m.time.active && !trial.timesHold()) {
                continue;
            }
            if (cost < currentCost - temperature * Math.log(rnd.nextDouble())) {
                Solution swap = current;
                current = trial;
                trial = swap;
                currentCost = cost;
                if (cost < bestCost - 1e-9) {
                    best.copyFrom(current);
                    bestCost = cost;
                }
            }
        }
        TwoOpt.improve(best);
        return best;
    }

    /** Mean edge length of the start solution: temperatures are relative to it, so any distance unit works. */
    private static double edgeScale(Solution s) {
        int edges = 0;
        for (int r = 0; r < s.routes; r++) {
            edges += s.len[r] + 1;
        }
        return edges == 0 ? 1 : Math.max(1e-9, s.distance() / edges);
    }
}
