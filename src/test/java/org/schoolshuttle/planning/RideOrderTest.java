package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The third objective: least time on board, for no more than a little extra driving. */
class RideOrderTest {

    private static final SchoolDemand.Dwell DWELL = new SchoolDemand.Dwell(45, 10);
    private static final int LIMIT = 45 * 60;

    @Test
    void ofTwoEquallyLongOrdersTheOneThatPicksTheCrowdedStopLastIsTaken() {
        // School at 0; stop 0 (one child) 10 km out on a straight road, stop 1 (ten children) 5 km out on it.
        TravelTimes line = EuclideanTravelTimes.of(new double[] {0, 10_000, 5_000}, new double[] {0, 0, 0}, 10);
        RideOrder order = new RideOrder(line, DWELL, 0.05);
        Map<Integer, Integer> children = Map.of(0, 1, 1, 10);
        Map<Integer, Integer> limits = Map.of(0, LIMIT, 1, LIMIT);
        // Both loops drive 20 km; the ten children ride 5 km instead of 15 when the far stop comes first.
        assertEquals(List.of(0, 1), order.best(List.of(1, 0), children, limits));
        assertEquals(List.of(0, 1), order.best(List.of(0, 1), children, limits));
    }

    @Test
    void lessRidingIsBoughtWithAtMostTheToleratedExtraDriving() {
        // Stop 0 (twelve children) beside the school road, stop 1 (one child) 2 km off to the side.
        double[] x = {0, 6_000, 6_000};
        double[] y = {0, 0, 2_000};
        TravelTimes roads = EuclideanTravelTimes.of(x, y, 10);
        Map<Integer, Integer> children = Map.of(0, 12, 1, 1);
        Map<Integer, Integer> limits = Map.of(0, LIMIT, 1, LIMIT);
        // School→0→1→school and school→1→0→school drive the same triangle; the crowded stop goes last.
        assertEquals(List.of(1, 0), new RideOrder(roads, DWELL, 0.05).best(List.of(0, 1), children, limits));
        // A ride limit the better order breaks keeps the order that holds it.
        Map<Integer, Integer> tight = Map.of(0, LIMIT, 1, 700);
        assertEquals(List.of(0, 1), new RideOrder(roads, DWELL, 0.05).best(List.of(0, 1), children, tight));
    }

    @Test
    void routesTooLongToTryInEveryOrderKeepTheSearchsOrder() {
        double[] x = new double[11];
        double[] y = new double[11];
        for (int i = 1; i < x.length; i++) {
            x[i] = i * 300;
        }
        TravelTimes roads = EuclideanTravelTimes.of(x, y, 10);
        List<Integer> nine = List.of(8, 7, 6, 5, 4, 3, 2, 1, 0);
        Map<Integer, Integer> one = new java.util.HashMap<>();
        Map<Integer, Integer> limits = new java.util.HashMap<>();
        for (int s : nine) {
            one.put(s, 1);
            limits.put(s, LIMIT);
        }
        assertEquals(nine, new RideOrder(roads, DWELL, 0.05).best(nine, one, limits));
    }
}
