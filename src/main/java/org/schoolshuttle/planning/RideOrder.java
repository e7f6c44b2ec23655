package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The order a route drives its stops in, for the third objective: after fewest vehicles and least driving, least
 * total time children spend on board. Among the orders of a route's stops that keep every ride within its limit
 * both ways (the afternoon driving the morning order backwards), it takes the one with the least riding, morning
 * and afternoon together, that drives at most {@code tolerance} more than the shortest of them; a route of more
 * stops than can be tried exhaustively keeps the search's order. The afternoon then picks its own order
 * ({@link AfternoonOrder}), starting from this one backwards, which is why this one must be feasible backwards.
 */
public final class RideOrder {

    /** Routes of up to this many stops are tried in every order (8! = 40,320). */
    static final int MAX_EXHAUSTIVE = 8;

    private final TravelTimes drive;
    private final SchoolDemand.Dwell dwell;
    private final double tolerance;

    /**
     * @param drive     travel between the school (index 0) and the stops (their candidate index + 1)
     * @param tolerance the share of extra driving accepted for less riding, e.g. 0.05
     */
    public RideOrder(TravelTimes drive, SchoolDemand.Dwell dwell, double tolerance) {
        this.drive = drive;
        this.dwell = dwell;
        this.tolerance = tolerance;
    }

    /**
     * @param order    candidate indexes of the stops in the search's order
     * @param children children boarding at each candidate index (indexed like {@code order}'s values)
     * @param limit    the shortest ride limit of the children at each candidate index, seconds
     * @return the order to drive
     */
    public List<Integer> best(List<Integer> order, java.util.Map<Integer, Integer> children,
                              java.util.Map<Integer, Integer> limit) {
        int n = order.size();
        if (n < 2 || n > MAX_EXHAUSTIVE) {
            return order;
        }
        List<int[]> feasible = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        int[] perm = order.stream().mapToInt(Integer::intValue).toArray();
        int[] c = new int[n];
        // Heap's algorithm: every permutation, each one swap from the last.
        do {
            double[] score = score(perm, children, limit);
            if (score != null) {
                feasible.add(perm.clone());
                scores.add(score);
            }
        } while (Permutations.next(perm, c));
        if (feasible.isEmpty()) {
            return order;
        }
        int chosen = LeastRiding.among(scores, 0, 1, tolerance);
        List<Integer> result = new ArrayList<>();
        for (int s : feasible.get(chosen)) {
            result.add(s);
        }
        return result;
    }

    /** {metres of the loop from school, child-seconds on board both ways}, or null when a ride is too long. */
    private double[] score(int[] perm, java.util.Map<Integer, Integer> children, java.util.Map<Integer, Integer> limit) {
        int n = perm.length;
        double metres = drive.metres(0, perm[0] + 1) + drive.metres(perm[n - 1] + 1, 0);
        double[] toNext = new double[n];
        double[] fromPrevious = new double[n];
        int[] stand = new int[n];
        for (int k = 0; k < n; k++) {
            int here = perm[k] + 1;
            int next = k + 1 < n ? perm[k + 1] + 1 : 0;
            if (k + 1 < n) {
                metres += drive.metres(here, next);
            }
            toNext[k] = drive.seconds(here, next);
            fromPrevious[k] = drive.seconds(next, here);
            stand[k] = dwell.at(children.get(perm[k]));
        }
        if (!Double.isFinite(metres)) {
            return null;
        }
        int[] morning = Timetable.morning(toNext, stand, 0);
        int[] afternoon = Timetable.afternoon(fromPrevious, stand, 0);
        double riding = 0;
        for (int k = 0; k < n; k++) {
            int there = Timetable.morningRide(morning, stand, k, 0);
            int back = afternoon[k];
            if (Math.max(there, back) > limit.get(perm[k])) {
                return null;
            }
            riding += children.get(perm[k]) * (double) (there + back);
        }
        return new double[] {metres, riding};
    }
}
