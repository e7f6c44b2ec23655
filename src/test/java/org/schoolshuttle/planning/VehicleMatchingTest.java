package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class VehicleMatchingTest {

    private static final double NO = Double.POSITIVE_INFINITY;

    @Test
    void eachRouteGetsTheVehicleKeptNearest() {
        // Two routes, three vehicles; best: route 0 → vehicle 2 (1), route 1 → vehicle 0 (2): total 3.
        double[][] cost = {
                {4, 6, 1},
                {2, 9, 3}};
        assertArrayEquals(new int[] {2, 0}, VehicleMatching.assign(cost));
    }

    @Test
    void aRouteWithAWheelchairUserGetsTheVehicleWithAWheelchairPlaceEvenIfItIsFarther() {
        // Vehicle 0 is nearest to both routes but only vehicle 1 takes route 0's wheelchair user.
        double[][] cost = {
                {NO, 8},
                {1, 2}};
        assertArrayEquals(new int[] {1, 0}, VehicleMatching.assign(cost));
    }

    @Test
    void whenNoVehicleCanMeetEveryRouteTheForbiddenPairIsTheOnlyOneLeft() {
        double[][] cost = {
                {NO, NO},
                {1, 5}};
        assertArrayEquals(new int[] {1, 0}, VehicleMatching.assign(cost));
    }
}
