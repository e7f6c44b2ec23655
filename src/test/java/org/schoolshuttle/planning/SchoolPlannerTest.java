package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;
import org.schoolshuttle.common.GeoPoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The school planner on a small flat world: distances straight, the minibus at 10 m/s, children walking straight
 * to a stop at their door. Bell 08:00, arrival 07:30–07:50, ride limit 45 min, dwell 45 s + 10 s per child.
 */
class SchoolPlannerTest {

    private static final GeoPoint SCHOOL = new GeoPoint(30.0, 112.0);
    private static final int BELL = 8 * 3600;

    /** A point {@code metresNorth} north of the school. */
    private static GeoPoint north(double metresNorth) {
        return new GeoPoint(SCHOOL.lat() + metresNorth / 111_320.0, SCHOOL.lon());
    }

    private static double metres(GeoPoint a, GeoPoint b) {
        return FlatStreets.metres(a, b);
    }

    /** Stops at the door, except for a home at {@code noRoadAt}, which no road reaches. */
    private static StreetMap flat(GeoPoint noRoadAt) {
        return new FlatStreets.Map() {
            @Override
            public Optional<NamedPoint> busStopNear(GeoPoint home) {
                return metres(home, noRoadAt) < 1 ? Optional.empty() : Optional.of(new NamedPoint(home, "Lane"));
            }
        };
    }

    private static SchoolPlan plan(List<SchoolDemand.Pupil> pupils, List<SchoolDemand.Bus> buses) {
        return plan(pupils, buses, north(-99_000));
    }

    private static SchoolPlan plan(List<SchoolDemand.Pupil> pupils, List<SchoolDemand.Bus> buses, GeoPoint noRoadAt) {
        return plan(pupils, buses, noRoadAt, List.of());
    }

    private static SchoolPlan plan(List<SchoolDemand.Pupil> pupils, List<SchoolDemand.Bus> buses, GeoPoint noRoadAt,
                                   List<SchoolDemand.KnownStop> known) {
        SchoolDemand demand = new SchoolDemand(SCHOOL, BELL - 1800, BELL - 600, 16 * 3600 + 2400, pupils, buses,
                known, new SchoolDemand.Dwell(45, 10));
        return new SchoolPlanner(flat(noRoadAt)).plan(demand, Duration.ofMillis(500), 1, DraftProgress.SILENT);
    }

    private static SchoolDemand.Pupil child(long id, GeoPoint home) {
        return new SchoolDemand.Pupil(id, home, 600, 45 * 60, false, false);
    }

    @Test
    void childrenOfAHamletShareAStopAndArriveBeforeTheBell() {
        List<SchoolDemand.Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pupils.add(child(i, north(5000 + 50 * i)));
        }
        SchoolPlan plan = plan(pupils, List.of(new SchoolDemand.Bus(1, 10, 0, 0, null)));
        assertEquals(5, plan.seats().size());
        assertEquals(1, plan.routes().size());
        SchoolPlan.BusRoute route = plan.routes().get(0);
        assertEquals(1, route.stops().size(), "one stop within 600 m of all five homes");
        assertEquals(BELL - 600, route.morningArrival());
        // About 5 km at 10 m/s, plus 45 s + 5 × 10 s standing at the stop.
        double drive = metres(route.stops().get(0).point(), SCHOOL) / 10;
        assertTrue(drive >= 500 && drive <= 520, "drive " + drive);
        assertEquals(BELL - 600 - drive - 95, route.stops().get(0).morningTime(), 1.5);
        assertEquals(16 * 3600 + 2400 + drive, route.stops().get(0).afternoonTime(), 1.5);
    }

    @Test
    void moreChildrenAtOneStopThanAVehicleSeatsRideTwoVehicles() {
        List<SchoolDemand.Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pupils.add(child(i, north(3000)));
        }
        SchoolPlan plan = plan(pupils, List.of(new SchoolDemand.Bus(1, 8, 0, 0, null),
                new SchoolDemand.Bus(2, 8, 0, 0, null)));
        assertEquals(12, plan.seats().size());
        assertEquals(2, plan.routes().size());
    }

    @Test
    void everyChildWhoCannotBeSeatedWaitsWithTheReason() {
        SchoolDemand.Pupil wheelchair = new SchoolDemand.Pupil(1, north(2000), 600, 45 * 60, true, false);
        SchoolDemand.Pupil noRoad = child(2, north(9000));
        // 30 km away: 50 minutes on board even driving straight to school.
        SchoolDemand.Pupil tooFar = child(3, north(30_000));
        SchoolDemand.Pupil seated = child(4, north(2000));
        SchoolDemand.Pupil noSeat = child(5, north(4000));
        SchoolPlan plan = plan(List.of(wheelchair, noRoad, tooFar, seated, noSeat),
                List.of(new SchoolDemand.Bus(1, 1, 0, 0, null)), north(9000));
        assertEquals(Map.of(1L, WaitReason.NEEDS_NOT_MET, 2L, WaitReason.TOO_FAR_TO_WALK, 3L, WaitReason.RIDE_TOO_LONG,
                5L, WaitReason.NO_SEAT), withoutSeated(plan, 4L));
    }

    @Test
    void theVehicleKeptNearestTheRouteDrivesItAndTheWheelchairUserGetsTheAccessibleOne() {
        SchoolDemand.Pupil wheelchair = new SchoolDemand.Pupil(1, north(4000), 600, 45 * 60, true, false);
        SchoolDemand.Bus plain = new SchoolDemand.Bus(10, 8, 0, 0, north(4100));
        SchoolDemand.Bus accessible = new SchoolDemand.Bus(20, 8, 1, 0, north(-3000));
        SchoolPlan plan = plan(List.of(wheelchair, child(2, north(4050))), List.of(plain, accessible));
        assertEquals(1, plan.routes().size());
        assertEquals(20, plan.routes().get(0).busId());
        // From the depot 3 km south of school out to the stop, then back to school: about 3 + 4 + 4 km.
        assertTrue(plan.routes().get(0).metres() > 10_000, "metres " + plan.routes().get(0).metres());
    }

    @Test
    void whenNoVehicleHasEnoughWheelchairPlacesTheRouteStillNeverHasMoreChildrenThanSeats() {
        List<SchoolDemand.Pupil> pupils = new ArrayList<>();
        pupils.add(new SchoolDemand.Pupil(1, north(4000), 600, 45 * 60, true, false));
        pupils.add(new SchoolDemand.Pupil(2, north(4010), 600, 45 * 60, true, false));
        for (int i = 3; i <= 10; i++) {
            pupils.add(child(i, north(4000 + i)));
        }
        SchoolDemand.Bus car = new SchoolDemand.Bus(7, 4, 0, 0, north(4000));
        SchoolDemand.Bus minibus = new SchoolDemand.Bus(8, 19, 1, 0, north(-5000));
        SchoolPlan plan = plan(pupils, List.of(car, minibus));
        // One of the two wheelchair users rides the minibus's one wheelchair place; the other waits.
        assertEquals(List.of(WaitReason.NEEDS_NOT_MET), List.copyOf(plan.waiting().values()));
        assertTrue(plan.waiting().containsKey(1L) || plan.waiting().containsKey(2L));
        assertEquals(9, plan.seats().size());
        for (SchoolPlan.BusRoute route : plan.routes()) {
            int seats = route.busId() == 7 ? 4 : 19;
            assertTrue(route.stops().stream().mapToInt(SchoolPlan.TimedStop::children).sum() <= seats);
        }
    }

    @Test
    void twoWheelchairUsersOfOneHamletRideTheTwoVehiclesThatHaveAPlace() {
        SchoolDemand.Pupil first = new SchoolDemand.Pupil(1, north(4000), 600, 45 * 60, true, false);
        SchoolDemand.Pupil second = new SchoolDemand.Pupil(2, north(4020), 600, 45 * 60, true, false);
        SchoolDemand.Bus a = new SchoolDemand.Bus(7, 19, 1, 0, null);
        SchoolDemand.Bus b = new SchoolDemand.Bus(8, 19, 1, 0, null);
        SchoolPlan plan = plan(List.of(first, second, child(3, north(4010))), List.of(a, b));
        assertEquals(Map.of(), plan.waiting());
        assertEquals(2, plan.routes().size(), "one wheelchair place per vehicle: both vehicles drive");
    }

    @Test
    void replanningKeepsAChildAtTheStopTheyKnowWhenItStillServesThem() {
        SchoolDemand.KnownStop a = new SchoolDemand.KnownStop(100, north(5300), "A");
        SchoolDemand.KnownStop b = new SchoolDemand.KnownStop(200, north(4700), "B");
        for (SchoolDemand.KnownStop current : List.of(a, b)) {
            List<SchoolDemand.Pupil> pupils = List.of(child(1, north(5800)), child(2, north(4200)),
                    new SchoolDemand.Pupil(3, north(5000), 600, 45 * 60, false, false, current.id()));
            SchoolPlan plan = plan(pupils, List.of(new SchoolDemand.Bus(1, 10, 0, 0, null)), north(-99_000), List.of(a, b));
            SchoolPlan.Seat seat = plan.seats().get(3L);
            assertEquals(current.id(), plan.routes().get(seat.route()).stops().get(seat.stop()).knownStopId());
        }
    }

    private static Map<Long, WaitReason> withoutSeated(SchoolPlan plan, long seatedChild) {
        assertTrue(plan.seats().containsKey(seatedChild));
        return plan.waiting();
    }
}
