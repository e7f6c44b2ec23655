package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Points 0 and 1 are two schools 600 s apart by road; a trip's first stop is its school's point here. */
class TripChainingTest {

    private static final TripChaining.TravelSeconds ROAD = (a, b) -> a == b ? 0 : 600;

    @Test
    void aBusThatIsFreeInTimeDrivesTheLaterSchoolsTripToo() {
        // School 0 done at 07:30; school 1's trip starts at 07:45 from 10 minutes away: one bus.
        List<TripChaining.Trip> trips = List.of(
                new TripChaining.Trip(0, 0, 7 * 3600, 7.5 * 3600, 0),
                new TripChaining.Trip(1, 1, 7.75 * 3600, 8.25 * 3600, 0));
        TripChaining.Chains chains = TripChaining.chain(trips, ROAD);
        assertEquals(List.of(List.of(0, 1)), chains.vehicles());
    }

    @Test
    void tripsThatOverlapNeedTwoBuses() {
        List<TripChaining.Trip> trips = List.of(
                new TripChaining.Trip(0, 0, 7 * 3600, 7.5 * 3600, 0),
                new TripChaining.Trip(1, 1, 7.5 * 3600, 8 * 3600, 0));
        assertEquals(2, TripChaining.chain(trips, ROAD).vehicles().size());
    }

    @Test
    void aTripThatMayRunLaterWithinItsWindowIsDelayedJustEnough() {
        // The second trip may start up to 15 minutes later: it starts 10 minutes late and one bus does both.
        List<TripChaining.Trip> trips = List.of(
                new TripChaining.Trip(0, 0, 7 * 3600, 7.5 * 3600, 0),
                new TripChaining.Trip(1, 1, 7.5 * 3600, 8 * 3600, 900));
        TripChaining.Chains chains = TripChaining.chain(trips, ROAD);
        assertEquals(List.of(List.of(0, 1)), chains.vehicles());
        assertEquals(600, chains.delay()[1], 1e-9);
    }

    @Test
    void aChainWhoseDelaysAddUpBeyondAWindowIsSplit() {
        // Each trip alone could follow the one before within its slack, but delays accumulate past the third's.
        List<TripChaining.Trip> trips = List.of(
                new TripChaining.Trip(0, 0, 0, 1000, 0),
                new TripChaining.Trip(1, 1, 1000, 2000, 600),
                new TripChaining.Trip(0, 0, 2600, 3600, 500));
        TripChaining.Chains chains = TripChaining.chain(trips, ROAD);
        assertEquals(2, chains.vehicles().size());
        assertEquals(3, chains.vehicles().stream().mapToInt(List::size).sum());
    }

    @Test
    void tripsWithWideWindowsNeverFollowEachOtherInACircle() {
        // With 30 minutes of slack each could follow the other; every trip must still be driven.
        List<TripChaining.Trip> trips = List.of(
                new TripChaining.Trip(0, 0, 1000, 1500, 1800),
                new TripChaining.Trip(0, 0, 1200, 1700, 1800));
        TripChaining.Chains chains = TripChaining.chain(trips, ROAD);
        assertEquals(2, chains.vehicles().stream().mapToInt(List::size).sum());
        assertEquals(1, chains.vehicles().size());
    }
}
