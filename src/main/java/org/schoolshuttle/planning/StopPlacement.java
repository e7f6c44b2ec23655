package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses as few stops as possible so that every home that can be served has a stop within its walking
 * limit: a greedy set cover that takes, each round, the stop covering most homes not yet covered,
 * preferring stops already in use (families keep their stop) and then the shortest walks.
 */
public final class StopPlacement {

    /** As {@link #choose(WalkDistances, double[], BitSet, int)} with no limit on children per stop. */
    public StopChoice choose(WalkDistances walk, double[] limits, BitSet existing) {
        return choose(walk, limits, existing, Integer.MAX_VALUE);
    }

    /**
     * @param walk       walking distances from each home to each candidate stop
     * @param limits     walking limit of each home's child, metres
     * @param existing   candidate stops already used by the published plan
     * @param maxPerStop most children one vehicle can take at one stop (the largest vehicle's seats): where more
     *                   children can reach only one stop, a second stop nearby is opened so a second vehicle can
     *                   take the rest
     */
    public StopChoice choose(WalkDistances walk, double[] limits, BitSet existing, int maxPerStop) {
        int homes = walk.homes();
        int candidates = walk.stops();
        BitSet[] covers = new BitSet[candidates];
        double[] walking = new double[candidates];
        for (int s = 0; s < candidates; s++) {
            covers[s] = new BitSet(homes);
            for (int h = 0; h < homes; h++) {
                double metres = walk.metres(h, s);
                if (metres <= limits[h]) {
                    covers[s].set(h);
                    walking[s] += metres;
                }
            }
        }
        BitSet servable = new BitSet(homes);
        for (BitSet c : covers) {
            servable.or(c);
        }
        BitSet uncovered = (BitSet) servable.clone();
        List<Integer> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            int best = -1;
            int bestGain = 0;
            for (int s = 0; s < candidates; s++) {
                BitSet gain = (BitSet) covers[s].clone();
                gain.and(uncovered);
                int g = gain.cardinality();
                if (g > bestGain || (g == bestGain && g > 0 && better(s, best, existing, walking))) {
                    best = s;
                    bestGain = g;
                }
            }
            chosen.add(best);
            uncovered.andNot(covers[best]);
        }
        splitCrowdedStops(chosen, covers, walking, existing, maxPerStop);
        List<int[]> reachable = new ArrayList<>(homes);
        List<Integer> unreachable = new ArrayList<>();
        for (int h = 0; h < homes; h++) {
            int home = h;
            int[] near = IntStream.range(0, chosen.size()).filter(i -> covers[chosen.get(i)].get(home)).boxed()
                    .sorted(Comparator.comparingDouble(i -> walk.metres(home, chosen.get(i))))
                    .mapToInt(Integer::intValue).toArray();
            reachable.add(near);
            if (!servable.get(h)) {
                unreachable.add(h);
            }
        }
        return new StopChoice(List.copyOf(chosen), reachable, List.copyOf(unreachable));
    }

    /**
     * While some chosen stop is the only choice of more children than one vehicle seats, opens the candidate
     * that most of those children can also walk to.
     */
    private static void splitCrowdedStops(List<Integer> chosen, BitSet[] covers, double[] walking, BitSet existing,
                                          int maxPerStop) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int stop : List.copyOf(chosen)) {
                BitSet captive = captiveOf(stop, chosen, covers);
                if (captive.cardinality() <= maxPerStop) {
                    continue;
                }
                int best = -1;
                int bestGain = 0;
                for (int s = 0; s < covers.length; s++) {
                    if (chosen.contains(s)) {
                        continue;
                    }
                    BitSet gain = (BitSet) covers[s].clone();
                    gain.and(captive);
                    int g = gain.cardinality();
                    if (g > bestGain || (g == bestGain && g > 0 && better(s, best, existing, walking))) {
                        best = s;
                        bestGain = g;
                    }
                }
                if (best >= 0) {
                    chosen.add(best);
                    changed = true;
                }
            }
        }
    }

    /** The homes that can walk to {@code stop} and to no other chosen stop. */
    private static BitSet captiveOf(int stop, List<Integer> chosen, BitSet[] covers) {
        BitSet captive = (BitSet) covers[stop].clone();
        for (int other : chosen) {
            if (other != stop) {
                captive.andNot(covers[other]);
            }
        }
        return captive;
    }

    /** Between stops that cover as many new homes: an existing stop, then the shorter total walk. */
    private static boolean better(int s, int best, BitSet existing, double[] walking) {
        if (best < 0) {
            return true;
        }
        if (existing.get(s) != existing.get(best)) {
            return existing.get(s);
        }
        return walking[s] < walking[best];
    }

    static double[] uniform(int homes, double limit) {
        double[] limits = new double[homes];
        Arrays.fill(limits, limit);
        return limits;
    }
}
