package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Route elimination for the "fewest vehicles first" objective, after SISR's fleet minimisation (Christiaens and
 * Vanden Berghe 2020): drop a whole route, then ruin and recreate without opening routes, accepting a trial when it
 * leaves fewer riders unserved or riders who were unserved less often (absence counts), so hard-to-place riders
 * are placed first. Each time everyone is back on board, one route fewer is banked and the next one is dropped.
 */
final class FleetMinimisation {

    private final SearchModel m;
    private final StringRuin ruin;
    private final GreedyRecreate recreate;
    private final RedundantStops redundant;

    FleetMinimisation(SearchModel m, StringRuin ruin, GreedyRecreate recreate, RedundantStops redundant) {
        this.m = m;
        this.ruin = ruin;
        this.recreate = recreate;
        this.redundant = redundant;
    }

    /** Returns a solution serving everyone {@code start} serves, with as few routes as found by the deadline. */
    Solution run(Solution start, long deadlineNanos, SplittableRandom rnd) {
        int target = start.unservedDemand;
        Solution best = copy(start);
        Solution current = copy(start);
        Solution trial = new Solution(m);
        int[] absence = new int[m.riderCount];
        List<Integer> open = new ArrayList<>();
        dropRoute(current, rnd);
        while (System.nanoTime() < deadlineNanos && current.routes > 0) {
            trial.copyFrom(current);
            open.clear();
            ruin.ruin(trial, rnd, open);
            open.clear();
            for (int i = 0; i < m.riderCount; i++) {
                if (trial.riderRoute[i] < 0) {
                    open.add(i);
                }
            }
            if (rnd.nextBoolean()) {
                // The riders left out most often first, as SISR's fleet minimisation does: the hard ones get the room.
                java.util.Collections.shuffle(open, new java.util.Random(rnd.nextLong()));
                open.sort(java.util.Comparator.comparingInt((Integer i) -> -absence[i]));
                recreate.recreateInOrder(trial, open, rnd, false);
            } else {
                recreate.recreate(trial, open, rnd, false);
            }
            redundant.drop(trial);
            trial.compact();
            if (m.time.active && !trial.timesHold()) {
                continue;
            }
            if (trial.unservedDemand < current.unservedDemand
                    || absenceSum(trial, absence) < absenceSum(current, absence)) {
                Solution swap = current;
                current = trial;
                trial = swap;
            }
            for (int i = 0; i < m.riderCount; i++) {
                if (current.riderRoute[i] < 0) {
                    absence[i]++;
                }
            }
            if (current.unservedDemand <= target) {
                best.copyFrom(current);
                dropRoute(current, rnd);
            }
        }
        return best;
    }

    private Solution copy(Solution s) {
        Solution c = new Solution(m);
        c.copyFrom(s);
        return c;
    }

    /** Unassigns every rider of one route, preferring routes that carry few riders. */
    private static void dropRoute(Solution s, SplittableRandom rnd) {
        if (s.routes == 0) {
            return;
        }
        int r = rnd.nextInt(s.routes);
        if (rnd.nextBoolean()) {
            for (int q = 0; q < s.routes; q++) {
                if (s.len[q] < s.len[r]) {
                    r = q;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        while (s.len[r] > 0) {
            s.removeStopAt(r, s.len[r] - 1, out, true);
        }
        s.compact();
    }

    private static long absenceSum(Solution s, int[] absence) {
        long sum = 0;
        for (int i = 0; i < absence.length; i++) {
            if (s.riderRoute[i] < 0) {
                sum += absence[i];
            }
        }
        return sum;
    }
}
