package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;
import org.schoolshuttle.common.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two schools of one village on a flat world (straight lines, the minibus at 10 m/s): the primary school, and the
 * middle school 1 km north of it on the way to a hamlet 6 km north, where children of both live. Each school is
 * planned on its own first, as a coordinator's separate drafts would be, then the routes are shared.
 */
class SharedTripsTest {

    private static final GeoPoint PRIMARY = new GeoPoint(30.0, 112.0);
    private static final GeoPoint MIDDLE = north(1000);
    private static final int EIGHT = 8 * 3600;
    private static final int RIDE = 45 * 60;
    private static final SchoolDemand.Dwell DWELL = new SchoolDemand.Dwell(45, 10);

    private static GeoPoint north(double metres) {
        return new GeoPoint(PRIMARY.lat() + metres / 111_320.0, PRIMARY.lon());
    }

    private static final StreetMap STREETS = new FlatStreets.Map() {
        @Override
        public Optional<NamedPoint> busStopNear(GeoPoint home) {
            return Optional.of(new NamedPoint(home, "Lane"));
        }
    };

    private static List<SchoolDemand.Pupil> hamlet(long firstId, int children, double from, boolean wheelchair) {
        List<SchoolDemand.Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            pupils.add(new SchoolDemand.Pupil(firstId + i, north(from + 50 * i), 600, RIDE, wheelchair && i == 0, false));
        }
        return pupils;
    }

    /** Primary: bell 08:00, leaves 16:40. Middle: bell {@code middleBell}, leaves 10 minutes after it plus 8h40. */
    private static List<SchoolDemand> demands(int middleBell, List<SchoolDemand.Bus> fleet, boolean wheelchair) {
        return List.of(
                new SchoolDemand(PRIMARY, EIGHT - 1800, EIGHT - 600, 16 * 3600 + 2400,
                        hamlet(1, 5, 6000, wheelchair), fleet, List.of(), DWELL),
                new SchoolDemand(MIDDLE, middleBell - 1800, middleBell - 600, middleBell + 8 * 3600 + 2400,
                        hamlet(11, 4, 6020, false), fleet, List.of(), DWELL));
    }

    private static SchoolPlan share(List<SchoolDemand> demands) {
        List<SchoolPlan> own = new ArrayList<>();
        for (SchoolDemand d : demands) {
            own.add(new SchoolPlanner(STREETS).plan(d, Duration.ofMillis(300), 1, DraftProgress.SILENT));
            assertEquals(1, own.get(own.size() - 1).routes().size(), "each school alone fills a route of its own");
        }
        return new SharedTrips(STREETS).share(demands, own, Instant.now().plusSeconds(5));
    }

    private static List<SchoolDemand.Bus> minibuses(int n) {
        List<SchoolDemand.Bus> fleet = new ArrayList<>();
        for (int v = 1; v <= n; v++) {
            fleet.add(new SchoolDemand.Bus(v, 14, v == 2 ? 1 : 0, 0, null));
        }
        return fleet;
    }

    @Test
    void childrenOfBothSchoolsRideOneMinibusDroppedAtEachSchoolInItsWindowBothWays() {
        List<SchoolDemand> demands = demands(EIGHT + 600, minibuses(2), false);
        SchoolPlan plan = share(demands);
        assertEquals(1, plan.routes().size(), "one shared minibus instead of two");
        SchoolPlan.BusRoute route = plan.routes().get(0);
        assertEquals(9, plan.seats().size());
        assertTrue(plan.waiting().isEmpty(), plan.waiting().toString());
        plan.seats().values().forEach(seat -> assertEquals(0, seat.route()));
        // The middle school lies on the way to the primary school: dropped first.
        assertEquals(List.of(1, 0), route.visits().stream().map(SchoolPlan.SchoolVisit::school).toList());
        for (SchoolPlan.SchoolVisit visit : route.visits()) {
            SchoolDemand d = demands.get(visit.school());
            assertTrue(visit.morningArrival() >= d.arriveEarliest() && visit.morningArrival() <= d.arriveLatest(),
                    "arrives at school " + visit.school() + " at " + visit.morningArrival());
            assertTrue(visit.afternoonLeave() >= d.afternoonLeave()
                    && visit.afternoonLeave() <= d.afternoonLeave() + SharedTrips.AFTERNOON_WAIT_SECONDS,
                    "leaves school " + visit.school() + " at " + visit.afternoonLeave());
        }
        // The afternoon: the primary school first, then the middle school on the way back out.
        assertTrue(route.visits().get(1).afternoonLeave() < route.visits().get(0).afternoonLeave());
        // Every child's ride, from leaving their stop to their school and from their school to their stop, holds.
        for (SchoolPlan.TimedStop stop : route.stops()) {
            for (SchoolPlan.SchoolVisit visit : route.visits()) {
                assertTrue(visit.morningArrival() - stop.morningTime() - DWELL.at(stop.children()) <= RIDE);
                assertTrue(stop.afternoonTime() - visit.afternoonLeave() <= RIDE);
            }
            assertTrue(stop.afternoonTime() > route.visits().get(0).afternoonLeave());
        }
        assertEquals(9, route.stops().stream().mapToInt(SchoolPlan.TimedStop::children).sum());
        assertEquals(route.visits().get(1).morningArrival(), route.morningArrival(), "the morning ends at the last school");
    }

    /** Stops on a lane 30 m west of every home; a curb-side leg takes {@code extraSeconds} more (a turn round). */
    private static StreetMap lane(double extraSeconds) {
        return new FlatStreets.Map() {
            @Override
            public Optional<NamedPoint> busStopNear(GeoPoint home) {
                return Optional.of(new NamedPoint(new GeoPoint(home.lat(),
                        home.lon() - 30 / (111_320.0 * Math.cos(Math.toRadians(home.lat())))), "Lane"));
            }

            @Override
            public Optional<Leg> curbLeg(GeoPoint from, GeoPoint fromSide, GeoPoint to, GeoPoint toSide) {
                double metres = FlatStreets.metres(from, to);
                return Optional.of(new Leg(metres / 10 + extraSeconds, metres + 100));
            }
        };
    }

    private static SchoolPlan shareOn(StreetMap streets, List<SchoolDemand> demands) {
        List<SchoolPlan> own = new ArrayList<>();
        for (SchoolDemand d : demands) {
            own.add(new SchoolPlanner(streets).plan(d, Duration.ofMillis(300), 1, DraftProgress.SILENT));
        }
        return new SharedTrips(streets).share(demands, own, Instant.now().plusSeconds(5));
    }

    @Test
    void aSharedRouteKeepsTheHamletsSideOfTheLaneAtTheDoorAndItsTimesCountTheTurns() {
        List<SchoolDemand> demands = demands(EIGHT + 600, minibuses(2), false);
        SchoolPlan turns = shareOn(lane(20), demands);
        assertEquals(1, turns.routes().size());
        SchoolPlan.BusRoute route = turns.routes().get(0);
        assertEquals(2, route.visits().size());
        assertTrue(route.stops().stream().allMatch(s -> s.side() != null && s.side().lon() > s.point().lon()),
                "every stop keeps the side the homes are on (east of the lane)");
        // The same with the turns free: the last stop is reached 20 s later by the turn into it (or more).
        SchoolPlan free = shareOn(lane(0), demands);
        SchoolPlan.BusRoute plain = free.routes().get(0);
        int last = route.stops().size() - 1;
        assertTrue(route.visits().get(0).morningArrival() - route.stops().get(last).morningTime()
                >= plain.visits().get(0).morningArrival() - plain.stops().get(last).morningTime() + 20,
                "the turns count in the planned times");
        // Turns so costly that a ride would pass 45 minutes: the matrix's legs, no side kept.
        SchoolPlan costly = shareOn(lane(2400), demands);
        assertEquals(1, costly.routes().size());
        assertEquals(2, costly.routes().get(0).visits().size());
        assertTrue(costly.routes().get(0).stops().stream().allMatch(s -> s.side() == null));
    }

    @Test
    void bellsTooFarApartKeepEachSchoolsRouteEachOnAVehicleOfItsOwn() {
        // The middle school starts at 09:30: waiting on board for it would break the 45-minute ride.
        SchoolPlan plan = share(demands(EIGHT + 5400, minibuses(2), false));
        assertEquals(2, plan.routes().size());
        assertEquals(9, plan.seats().size());
        Set<Long> vehicles = new HashSet<>();
        for (SchoolPlan.BusRoute route : plan.routes()) {
            assertEquals(1, route.visits().size());
            assertTrue(vehicles.add(route.busId()), "vehicle " + route.busId() + " drives two routes");
        }
    }

    @Test
    void whenTheRoutesOutnumberTheFleetTheSmallerRouteWaits() {
        SchoolPlan plan = share(demands(EIGHT + 5400, minibuses(1), false));
        assertEquals(1, plan.routes().size());
        assertEquals(5, plan.seats().size(), "the primary school's five keep the minibus");
        for (long middle = 11; middle <= 14; middle++) {
            assertEquals(WaitReason.NO_SEAT, plan.waiting().get(middle));
        }
    }

    @Test
    void aRouteWithAWheelchairUserStaysOnTheVehicleWithTheWheelchairPlace() {
        SchoolPlan plan = share(demands(EIGHT + 600, minibuses(2), true));
        assertEquals(2, plan.routes().size(), "the wheelchair user's route is not shared");
        SchoolPlan.BusRoute primary = plan.routes().get(plan.seats().get(1L).route());
        assertEquals(2, primary.busId(), "minibus 2 has the wheelchair place");
        assertEquals(9, plan.seats().size());
    }
}
