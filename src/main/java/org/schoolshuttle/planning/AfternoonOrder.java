package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The order the afternoon route drives a morning route's stops in, chosen on its own: from school through the
 * stops to where the vehicle is kept. Driving the morning order backwards is a good start but not the best
 * answer where roads are one-way, where turns differ by direction, or where the vehicle's base lies off to one
 * side. Every child's ride home must stay within their limit; then the order drives least, and among orders
 * within {@code tolerance} of that, children ride least. The morning order backwards is always a candidate, so
 * the answer is never worse than it.
 */
public final class AfternoonOrder {

    /** Routes of up to this many stops are tried in every order (8! = 40,320). */
    static final int MAX_EXHAUSTIVE = 8;

    private final TravelTimes drive;
    private final SchoolDemand.Dwell dwell;
    private final double tolerance;

    /**
     * @param drive     travel between the school (index 0), the stops and the bases
     * @param tolerance the share of extra driving accepted for less riding, e.g. 0.05
     */
    public AfternoonOrder(TravelTimes drive, SchoolDemand.Dwell dwell, double tolerance) {
        this.drive = drive;
        this.dwell = dwell;
        this.tolerance = tolerance;
    }

    /**
     * @param stops    matrix index of each stop, in morning order
     * @param children children getting off at each stop (morning order)
     * @param limit    the shortest ride limit of the children at each stop, seconds (morning order)
     * @param base     matrix index where the route ends (the vehicle's base, or 0 for the school)
     * @return morning positions in the order the afternoon drives them
     */
    public int[] best(int[] stops, int[] children, int[] limit, int base) {
        int n = stops.length;
        int[] reversed = new int[n];
        for (int k = 0; k < n; k++) {
            reversed[k] = n - 1 - k;
        }
        if (n < 2) {
            return reversed;
        }
        return n <= MAX_EXHAUSTIVE ? exhaustive(reversed, stops, children, limit, base)
                : improved(reversed, stops, children, limit, base);
    }

    /**
     * When the afternoon route is at each stop, indexed by morning position, leaving school at {@code leave}.
     *
     * @param order morning positions in afternoon order
     */
    public static int[] times(TravelTimes drive, SchoolDemand.Dwell dwell, int[] stops, int[] children, int[] order,
                              int leave) {
        int[] at = new int[stops.length];
        double t = leave;
        int previous = 0;
        for (int p : order) {
            t += drive.seconds(previous, stops[p]);
            at[p] = (int) Math.ceil(t);
            t += dwell.at(children[p]);
            previous = stops[p];
        }
        return at;
    }

    /** Every order; the best as the class comment ranks them. */
    private int[] exhaustive(int[] reversed, int[] stops, int[] children, int[] limit, int base) {
        List<int[]> feasible = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        int[] perm = reversed.clone();
        int[] c = new int[perm.length];
        do {
            double[] s = score(perm, stops, children, limit, base);
            if (s[0] == 0 && Double.isFinite(s[1])) {
                feasible.add(perm.clone());
                scores.add(s);
            }
        } while (Permutations.next(perm, c));
        if (feasible.isEmpty()) {
            return improved(reversed, stops, children, limit, base);
        }
        int chosen = LeastRiding.among(scores, 1, 2, tolerance);
        double[] backwards = score(reversed, stops, children, limit, base);
        double[] best = scores.get(chosen);
        // Ties go to the morning order backwards: families keep the same sequence both ways when nothing is gained.
        if (backwards[0] == 0 && backwards[1] <= best[1] + 1e-6 && backwards[2] <= best[2] + 1e-6) {
            return reversed;
        }
        return feasible.get(chosen);
    }

    /**
     * Moves of one stop and reversals of a stretch, from the morning order backwards, each taken only when it
     * lowers (seconds over limits, driving, riding) in that order; until none does.
     */
    private int[] improved(int[] reversed, int[] stops, int[] children, int[] limit, int base) {
        int[] order = reversed.clone();
        double[] current = score(order, stops, children, limit, base);
        boolean better = true;
        while (better) {
            better = false;
            int n = order.length;
            for (int i = 0; i < n && !better; i++) {
                for (int j = 0; j < n && !better; j++) {
                    if (i == j) {
                        continue;
                    }
                    for (int move = 0; move < 2 && !better; move++) {
                        int[] trial = move == 0 ? relocated(order, i, j) : i < j ? reversedStretch(order, i, j) : null;
                        if (trial == null) {
                            continue;
                        }
                        double[] s = score(trial, stops, children, limit, base);
                        if (lower(s, current)) {
                            order = trial;
                            current = s;
                            better = true;
                        }
                    }
                }
            }
        }
        return order;
    }

    private static boolean lower(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] < b[k] - 1e-6) {
                return true;
            }
            if (a[k] > b[k] + 1e-6) {
                return false;
            }
        }
        return false;
    }

    /** {seconds over the ride limits, driving seconds school to base, child-seconds on board}. */
    private double[] score(int[] order, int[] stops, int[] children, int[] limit, int base) {
        int[] at = times(drive, dwell, stops, children, order, 0);
        double driving = drive.seconds(0, stops[order[0]]) + drive.seconds(stops[order[order.length - 1]], base);
        for (int k = 1; k < order.length; k++) {
            driving += drive.seconds(stops[order[k - 1]], stops[order[k]]);
        }
        double over = 0;
        double riding = 0;
        for (int p = 0; p < stops.length; p++) {
            if (children[p] > 0) {
                over += Math.max(0, at[p] - limit[p]);
                riding += children[p] * (double) at[p];
            }
        }
        return new double[] {over, Double.isFinite(driving) ? driving : Double.MAX_VALUE, riding};
    }

    private static int[] relocated(int[] order, int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int p : order) {
            list.add(p);
        }
        list.add(to, list.remove(from));
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] reversedStretch(int[] order, int i, int j) {
        int[] a = order.clone();
        for (int l = i, r = j; l < r; l++, r--) {
            int t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return a;
    }
}
