package org.schoolshuttle.planning;

import java.util.List;

/**
 * The third objective's choice among feasible orders of a route's stops: the least riding among those that drive
 * at most {@code tolerance} more than the shortest of them; of equal riding, the one that drives less.
 */
final class LeastRiding {

    private static final double EPSILON = 1e-6;

    private LeastRiding() {
    }

    /**
     * @param scores  one score per order, none empty
     * @param driving index of the driving figure in each score
     * @param riding  index of the child-seconds on board in each score
     * @return the index of the chosen order
     */
    static int among(List<double[]> scores, int driving, int riding, double tolerance) {
        double shortest = scores.stream().mapToDouble(s -> s[driving]).min().orElseThrow();
        int chosen = -1;
        for (int k = 0; k < scores.size(); k++) {
            double[] s = scores.get(k);
            if (s[driving] > shortest * (1 + tolerance) + EPSILON) {
                continue;
            }
            if (chosen < 0 || s[riding] < scores.get(chosen)[riding] - EPSILON
                    || (Math.abs(s[riding] - scores.get(chosen)[riding]) <= EPSILON
                    && s[driving] < scores.get(chosen)[driving] - EPSILON)) {
                chosen = k;
            }
        }
        return chosen;
    }
}
