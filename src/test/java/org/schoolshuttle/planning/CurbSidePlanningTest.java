package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;
import org.schoolshuttle.common.GeoPoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hamlet east of a north-south lane: the planner keeps the families' side of the lane at the door when the turns
 * that takes leave every ride within its limit, and times the stops by those turns.
 */
class CurbSidePlanningTest {

    private static final GeoPoint SCHOOL = new GeoPoint(30.0, 112.0);
    private static final int BELL = 8 * 3600;
    private static final int LEAVE = 16 * 3600 + 2400;
    private static final double METRES_PER_DEGREE = 111_320;

    private static GeoPoint at(double metresNorth, double metresEast) {
        return new GeoPoint(SCHOOL.lat() + metresNorth / METRES_PER_DEGREE,
                SCHOOL.lon() + metresEast / (METRES_PER_DEGREE * Math.cos(Math.toRadians(SCHOOL.lat()))));
    }

    private static double metres(GeoPoint a, GeoPoint b) {
        return FlatStreets.metres(a, b);
    }

    /** The lane runs 30 m west of every home; a curb-side leg takes {@code extraSeconds} more (a turn round). */
    private static StreetMap lane(double extraSeconds, List<GeoPoint[]> asked) {
        return new FlatStreets.Map() {
            @Override
            public Optional<NamedPoint> busStopNear(GeoPoint home) {
                return Optional.of(new NamedPoint(new GeoPoint(home.lat(), at(0, -30).lon() - SCHOOL.lon() + home.lon()),
                        "Lane"));
            }


            @Override
            public Optional<Leg> curbLeg(GeoPoint from, GeoPoint fromSide, GeoPoint to, GeoPoint toSide) {
                asked.add(new GeoPoint[] {from, fromSide, to, toSide});
                double metres = metres(from, to);
                return Optional.of(new Leg(metres / 10 + extraSeconds, metres + 100));
            }
        };
    }

    private static SchoolPlan plan(double extraSeconds, List<GeoPoint[]> asked) {
        List<SchoolDemand.Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pupils.add(new SchoolDemand.Pupil(i, at(6000 + 20 * i, 0), 600, 45 * 60, false, false));
        }
        SchoolDemand demand = new SchoolDemand(SCHOOL, BELL - 1800, BELL - 600, LEAVE, pupils,
                List.of(new SchoolDemand.Bus(1, 10, 0, 0, null)), List.of(), new SchoolDemand.Dwell(45, 10));
        return new SchoolPlanner(lane(extraSeconds, asked)).plan(demand, Duration.ofMillis(300), 1, DraftProgress.SILENT);
    }

    @Test
    void theStopKeepsTheHamletsSideAtTheDoorAndItsTimesCountTheTurn() {
        List<GeoPoint[]> asked = new ArrayList<>();
        SchoolPlan plan = plan(40, asked);
        SchoolPlan.BusRoute route = plan.routes().get(0);
        assertEquals(1, route.stops().size());
        SchoolPlan.TimedStop stop = route.stops().get(0);
        assertNotNull(stop.side(), "the hamlet lives on one side of the lane");
        double east = (stop.side().lon() - stop.point().lon()) * METRES_PER_DEGREE * Math.cos(Math.toRadians(30));
        assertEquals(CurbSide.OFFSET_METRES, east, 0.5, "the side point lies east of the stop, toward the homes");
        assertTrue(asked.stream().anyMatch(a -> a[3] != null && a[3].equals(stop.side())), "legs to the stop keep it");
        double toSchool = metres(stop.point(), SCHOOL) / 10 + 40;
        assertEquals(BELL - 600 - toSchool - (45 + 4 * 10), stop.morningTime(), 1.5,
                "the morning time counts the turn");
        assertEquals(LEAVE + toSchool, stop.afternoonTime(), 1.5, "so does the afternoon's");
    }

    @Test
    void whenTheTurnsWouldPutARidePastItsLimitTheRouteKeepsTheMatrixLegs() {
        SchoolPlan plan = plan(2400, new ArrayList<>());
        SchoolPlan.TimedStop stop = plan.routes().get(0).stops().get(0);
        assertNull(stop.side(), "no side is kept at the cost of a ride over 45 minutes");
        double toSchool = metres(stop.point(), SCHOOL) / 10;
        assertEquals(BELL - 600 - toSchool - (45 + 4 * 10), stop.morningTime(), 1.5);
    }

    @Test
    void aSideWhoseTurnsWouldAddMoreThanATenthOrFiveMinutesToTheDrivingIsGivenUp() {
        // Two distinct legs (school to stop and back) of about 600 s each way, driven twice a day: 2,400 s, of which
        // a tenth is less than five minutes.
        assertNotNull(plan(150, new ArrayList<>()).routes().get(0).stops().get(0).side(), "300 s more: kept");
        assertNull(plan(160, new ArrayList<>()).routes().get(0).stops().get(0).side(), "320 s more: given up");
    }

    @Test
    void homesAllRoundAStopPreferNoSide() {
        GeoPoint stop = at(0, 0);
        assertNull(CurbSide.of(stop, List.of(at(0, 50), at(0, -50))), "one family each side");
        assertNull(CurbSide.of(stop, List.of(stop)), "a home at the stop itself tells no side");
        GeoPoint side = CurbSide.of(stop, List.of(at(10, 80), at(-10, 120), at(0, -60)));
        assertNotNull(side, "two of three families east");
        assertTrue(side.lon() > stop.lon());
    }
}
