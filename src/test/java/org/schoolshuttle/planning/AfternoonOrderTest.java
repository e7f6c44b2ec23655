package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The afternoon route picks its own order of the morning route's stops. */
class AfternoonOrderTest {

    private static final SchoolDemand.Dwell DWELL = new SchoolDemand.Dwell(45, 10);
    private static final int LIMIT = 45 * 60;

    /** Seconds (and metres, at 10 m/s) from row to column. */
    private static TravelTimes matrix(double[][] seconds) {
        return new TravelTimes() {
            @Override
            public int size() {
                return seconds.length;
            }

            @Override
            public double metres(int from, int to) {
                return seconds[from][to] * 10;
            }

            @Override
            public double seconds(int from, int to) {
                return seconds[from][to];
            }
        };
    }

    @Test
    void aOneWayLaneIsDrivenTheWayItGoesInsteadOfTheMorningBackwards() {
        // School 0; stops A (1) and B (2) on a one-way lane school → A → B → school. The morning drives A, B,
        // school; backwards the afternoon would drive school → B against the lane, the long way round.
        double[][] s = {
                {0, 120, 900},
                {900, 0, 120},
                {120, 900, 0}};
        int[] stops = {1, 2};
        int[] children = {3, 3};
        int[] limits = {LIMIT, LIMIT};
        AfternoonOrder afternoon = new AfternoonOrder(matrix(s), DWELL, 0.05);
        int[] order = afternoon.best(stops, children, limits, 0);
        assertArrayEquals(new int[] {0, 1}, order, "school → A → B → school, with the lane");
        int[] at = AfternoonOrder.times(matrix(s), DWELL, stops, children, order, 16 * 3600);
        assertEquals(16 * 3600 + 120, at[0]);
        assertEquals(16 * 3600 + 120 + DWELL.at(3) + 120, at[1]);
    }

    @Test
    void onRoadsTheSameBothWaysTheMorningOrderBackwardsIsKept() {
        TravelTimes roads = EuclideanTravelTimes.of(new double[] {0, 3_000, 6_000, 6_000}, new double[] {0, 0, 0, 2_000}, 10);
        int[] stops = {3, 2, 1};
        assertArrayEquals(new int[] {2, 1, 0}, new AfternoonOrder(roads, DWELL, 0.05)
                .best(stops, new int[] {2, 2, 2}, new int[] {LIMIT, LIMIT, LIMIT}, 0));
    }

    @Test
    void aChildsRideLimitOutranksShorterDriving() {
        // School → A → B drives least (940 s to school) but brings B's child home after 875 s; their limit is
        // 600 s. School → B → A drives 1,520 s and brings them home after 500 s.
        double[][] s = {
                {0, 120, 500},
                {900, 0, 700},
                {120, 120, 0}};
        int[] order = new AfternoonOrder(matrix(s), DWELL, 0.05)
                .best(new int[] {1, 2}, new int[] {1, 1}, new int[] {LIMIT, 600}, 0);
        assertArrayEquals(new int[] {1, 0}, order, "B first, within the limit, though it drives more");
    }

    @Test
    void theRouteEndsWhereTheVehicleIsKept() {
        // Stops A (1) and B (2) either side of the school on a line; the minibus is kept at 3, past A.
        TravelTimes line = EuclideanTravelTimes.of(new double[] {0, 2_000, -2_000, 4_000}, new double[] {0, 0, 0, 0}, 10);
        // The morning started at the base: A, then back past the school to B, then school. Backwards the
        // afternoon would end at A next to the base; driving B first then A is the same distance, so it is kept.
        int[] order = new AfternoonOrder(line, DWELL, 0.05).best(new int[] {1, 2}, new int[] {1, 1},
                new int[] {LIMIT, LIMIT}, 3);
        assertArrayEquals(new int[] {1, 0}, order);
    }

    @Test
    void longRoutesAreImprovedStepByStepAndNeverWorseThanBackwards() {
        // Twelve stops on a one-way ring: school → 1 → 2 → ... → 12 → school is short, any other way is long.
        int n = 12;
        double[][] s = new double[n + 1][n + 1];
        for (double[] row : s) {
            Arrays.fill(row, 2_000);
        }
        for (int i = 0; i <= n; i++) {
            s[i][i] = 0;
            s[i][(i + 1) % (n + 1)] = 60;
        }
        int[] stops = new int[n];
        int[] children = new int[n];
        int[] limits = new int[n];
        for (int k = 0; k < n; k++) {
            stops[k] = k + 1;
            children[k] = 1;
            limits[k] = 4 * 3600;
        }
        AfternoonOrder afternoon = new AfternoonOrder(matrix(s), DWELL, 0.05);
        int[] order = afternoon.best(stops, children, limits, 0);
        int[] backwards = new int[n];
        for (int k = 0; k < n; k++) {
            backwards[k] = n - 1 - k;
        }
        assertTrue(driving(s, stops, order) < driving(s, stops, backwards),
                Arrays.toString(order) + " drives " + driving(s, stops, order));
        assertEquals(60.0 * (n + 1), driving(s, stops, order), 1e-9, "the ring, the way it goes: " + Arrays.toString(order));
    }

    private static double driving(double[][] s, int[] stops, int[] order) {
        double d = s[0][stops[order[0]]] + s[stops[order[order.length - 1]]][0];
        for (int k = 1; k < order.length; k++) {
            d += s[stops[order[k - 1]]][stops[order[k]]];
        }
        return d;
    }
}
