package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A road along a line, one second per metre of position: the primary school at 0, the middle school at 300, a
 * hamlet at 2,000 (points are positions). Children of both schools live in the hamlet.
 */
class MixedLoadTest {

    private static final int PRIMARY = 0;
    private static final int MIDDLE = 1;
    private static final int[] AT = {0, 300, 2000, 2050, 2100, 900};
    private static final MixedLoad.Travel ROAD = (a, b) -> Math.abs(AT[a] - AT[b]);
    private static final int EIGHT = 8 * 3600;

    /** Bells a few minutes apart: primary 07:30–07:50, middle 07:40–08:00; 20 s + 2 s per child to let off. */
    private static List<MixedLoad.School> closeBells() {
        return List.of(new MixedLoad.School(0, EIGHT - 1800, EIGHT - 600, 20, 2),
                new MixedLoad.School(1, EIGHT - 1200, EIGHT, 20, 2));
    }

    /** Pickups: 0 and 1 of the primary at points 2 and 3, 2 of the middle school at point 4. 30 s at each stop. */
    private static List<MixedLoad.Pickup> hamlet(int rideLimit) {
        return List.of(new MixedLoad.Pickup(2, PRIMARY, 6, 30, rideLimit),
                new MixedLoad.Pickup(3, PRIMARY, 5, 30, rideLimit),
                new MixedLoad.Pickup(4, MIDDLE, 7, 30, rideLimit));
    }

    private static List<MixedLoad.Trip> ownTrips() {
        return List.of(new MixedLoad.Trip(List.of(0, 1), List.of(PRIMARY)),
                new MixedLoad.Trip(List.of(2), List.of(MIDDLE)));
    }

    @Test
    void childrenOfTwoSchoolsFromOneHamletShareATripDroppedAtEachSchoolInItsWindow() {
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2700), ROAD, 25, 2);
        List<MixedLoad.Trip> trips = load.improve(ownTrips(), Instant.now().plusSeconds(5));
        assertEquals(1, trips.size());
        MixedLoad.Trip shared = trips.get(0);
        assertEquals(3, shared.pickups().size());
        // The middle school lies on the way from the hamlet to the primary school: it comes first.
        assertEquals(List.of(MIDDLE, PRIMARY), shared.schools());
        MixedLoad.Starts starts = load.starts(shared);
        int[] arrivals = load.arrivals(shared, starts.latest());
        assertTrue(arrivals[0] >= EIGHT - 1200 && arrivals[0] <= EIGHT, "middle at " + arrivals[0]);
        assertTrue(arrivals[1] >= EIGHT - 1800 && arrivals[1] <= EIGHT - 600, "primary at " + arrivals[1]);
        // Letting 7 middle-school children off takes 20 + 14 s; then 300 s on to the primary school.
        assertTrue(arrivals[1] >= arrivals[0] + 34 + 300);
    }

    @Test
    void theSharedTripStartsWhenEveryWindowAndRideHolds() {
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2700), ROAD, 25, 2);
        MixedLoad.Trip shared = new MixedLoad.Trip(List.of(0, 1, 2), List.of(PRIMARY, MIDDLE));
        MixedLoad.Starts starts = load.starts(shared);
        // Driving: 50 + 50 + 2100 to the primary school, 30 s at each of the three stops: 2,290 s to the primary.
        assertEquals(EIGHT - 600 - 2290, starts.latest());
        // Earlier, the middle school's children wait outside their school until 07:40: at 2,700 s on board
        // (from their stop, 160 s after the start) the start is earliest.
        assertEquals(EIGHT - 1200 - 160 - 2700, starts.earliest());
        // A trip never starts so early that it would wait outside its first school.
        MixedLoad.Trip primaryOnly = new MixedLoad.Trip(List.of(0, 1), List.of(PRIMARY));
        assertEquals(EIGHT - 1800 - (80 + 30 + 2050), load.starts(primaryOnly).earliest());
        assertArrayEquals(new int[] {EIGHT - 600, EIGHT - 600 + 42 + 300}, load.arrivals(shared, starts.latest()));
        assertEquals(EIGHT - 600 + 42 + 300 + 34, load.end(shared, starts.latest()));
        assertEquals(2200 + 300, load.drive(shared));
    }

    @Test
    void aRideLimitTheSecondSchoolWouldBreakKeepsTheTripsApart() {
        // Apart, the longest ride is 2,110 s (primary, picking up at 2,050 first). Together, whichever school
        // comes first, somebody rides at least 2,144 s.
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2120), ROAD, 25, 2);
        List<MixedLoad.Trip> apart = List.of(new MixedLoad.Trip(List.of(1, 0), List.of(PRIMARY)),
                new MixedLoad.Trip(List.of(2), List.of(MIDDLE)));
        assertEquals(apart, load.improve(apart, Instant.now().plusSeconds(5)));
    }

    @Test
    void bellsTooFarApartKeepTheTripsApart() {
        // The middle school only opens at 08:40: the children of the primary school would be dropped first and
        // the middle school's would wait on board far beyond their limit.
        List<MixedLoad.School> far = List.of(closeBells().get(0), new MixedLoad.School(1, EIGHT + 2400, EIGHT + 3000, 20, 2));
        MixedLoad load = new MixedLoad(far, hamlet(2700), ROAD, 25, 2);
        assertEquals(2, load.improve(ownTrips(), Instant.now().plusSeconds(5)).size());
        assertNull(load.starts(new MixedLoad.Trip(List.of(0, 1, 2), List.of(PRIMARY, MIDDLE))));
    }

    @Test
    void seatsAreNeverExceeded() {
        // 18 children for 17 seats.
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2700), ROAD, 17, 2);
        assertEquals(2, load.improve(ownTrips(), Instant.now().plusSeconds(5)).size());
    }

    @Test
    void withOneSchoolPerTripNothingIsMixed() {
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2700), ROAD, 25, 1);
        assertEquals(ownTrips(), load.improve(ownTrips(), Instant.now().plusSeconds(5)));
    }

    @Test
    void aTripThatCannotBeEmptiedWhollyKeepsAllItsChildren() {
        // A third primary pickup, 20 children at point 5 (900), shares a trip with the middle-school pickup. That
        // child could join the hamlet's trip, but the 20 have no seats left anywhere (30 a vehicle): nothing moves.
        List<MixedLoad.Pickup> pickups = List.of(new MixedLoad.Pickup(2, PRIMARY, 6, 30, 2700),
                new MixedLoad.Pickup(3, PRIMARY, 5, 30, 2700), new MixedLoad.Pickup(4, MIDDLE, 7, 30, 2700),
                new MixedLoad.Pickup(5, PRIMARY, 20, 30, 2700));
        MixedLoad load = new MixedLoad(closeBells(), pickups, ROAD, 30, 2);
        List<MixedLoad.Trip> given = List.of(new MixedLoad.Trip(List.of(0, 1), List.of(PRIMARY)),
                new MixedLoad.Trip(List.of(2, 3), List.of(PRIMARY, MIDDLE)));
        List<MixedLoad.Trip> trips = load.improve(given, Instant.now().plusSeconds(5));
        assertEquals(given, trips);
    }

    @Test
    void aGivenTripThatBreaksItsTimesIsRefused() {
        MixedLoad load = new MixedLoad(closeBells(), hamlet(2000), ROAD, 25, 2);
        assertThrows(IllegalArgumentException.class,
                () -> load.improve(List.of(new MixedLoad.Trip(List.of(0, 1, 2), List.of(PRIMARY, MIDDLE))),
                        Instant.now().plusSeconds(5)));
    }
}
