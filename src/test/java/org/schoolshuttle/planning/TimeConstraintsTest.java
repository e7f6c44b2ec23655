package org.schoolshuttle.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Morning run on a line through the school (point 0), 1 m/s so metres = seconds. Each case is small enough that
 * the expected plan can be checked by hand; the figure is in the comment.
 */
class TimeConstraintsTest {

    private static final SolverSettings SHORT = new SolverSettings(Duration.ofMillis(300), 1, 1);
    private static final Objective FEWEST_BUSES = Objective.fewestVehiclesThenDistance(10_000);

    @Test
    void ridersWhoseRideWouldExceedTheLimitGetASecondBus() {
        // Stops 100 m either side of the school. One bus: 0 -> a -> b -> 0 = 400 m, but whoever boards first rides
        // 300 s > 150 s. Hence two buses, 200 m each: 400 m. Without the limits one bus does it in 400 m.
        Plan limited = solve(line(100, -100), List.of(limited("x", 0, 150), limited("y", 1, 150)), twoBuses(),
                DepotTimes.ANY);
        assertEquals(2, limited.vehicles());
        assertEquals(400, limited.metres(), 1e-9);
        assertTrue(limited.unserved().isEmpty());

        Plan free = solve(line(100, -100), List.of(limited("x", 0, 0), limited("y", 1, 0)), twoBuses(), DepotTimes.ANY);
        assertEquals(1, free.vehicles());
    }

    @Test
    void aLongRouteThatCannotReachTheSchoolInTimeIsSplit() {
        // Buses leave the school at 0 and must be back between 600 s and 900 s. One route 0 -> a -> b -> 0 takes
        // 300 + 600 + 300 = 1200 s; two routes take 600 s each: 2 buses, 1200 m.
        DepotTimes bell = DepotTimes.arriveWithin(new TimeWindow(600, 900));
        List<Rider> riders = List.of(limited("x", 0, 0), limited("y", 1, 0));
        Plan plan = solve(line(300, -300), riders, twoBuses(), bell);
        assertEquals(2, plan.vehicles());
        assertEquals(1200, plan.metres(), 1e-9);

        // With one bus only one of them can be carried in time.
        Plan oneBus = solve(line(300, -300), riders, List.of(new Vehicle("bus", 8)), bell);
        assertEquals(1, oneBus.vehicles());
        assertEquals(1, oneBus.unserved().size());
    }

    @Test
    void extraBoardingDwellThatPushesAnEarlierRiderOverTheLimitIsRefused() {
        // Stop a at 200 m, stop b at 100 m, dwell 30 s per boarding rider. Riders at b may ride 150 s, so b must be
        // the last stop: 0 -> a -> b -> 0 (400 m). Rider p at a rides 200 s + 30 s per rider boarding at b, limit
        // 250 s: fine with one rider at b (230 s, one bus, 400 m) ...
        Rider p = limited("p", 0, 250);
        Plan one = solveDwell(List.of(p, limited("q1", 1, 150)));
        assertEquals(1, one.vehicles());
        assertEquals(400, one.metres(), 1e-9);

        // ... but a second rider at b would make it 260 s: p rides alone (400 m) and b gets its own bus (200 m).
        Plan two = solveDwell(List.of(p, limited("q1", 1, 150), limited("q2", 1, 150)));
        assertEquals(2, two.vehicles());
        assertEquals(600, two.metres(), 1e-9);
        assertTrue(two.unserved().isEmpty());
    }

    private static Plan solveDwell(List<Rider> riders) {
        TravelTimes travel = EuclideanTravelTimes.of(new double[] {0, 200, 100}, new double[] {0, 0, 0}, 1);
        List<Stop> stops = List.of(new Stop("a", 1, 0, 30, TimeWindow.ANY), new Stop("b", 2, 0, 30, TimeWindow.ANY));
        return new Planner().solve(new PlanningProblem(travel, 0, stops, riders, twoBuses(), FEWEST_BUSES,
                DepotTimes.ANY), SHORT);
    }

    private static Plan solve(TravelTimes travel, List<Rider> riders, List<Vehicle> vehicles, DepotTimes depot) {
        List<Stop> stops = List.of(Stop.at("a", 1), Stop.at("b", 2));
        return new Planner().solve(new PlanningProblem(travel, 0, stops, riders, vehicles, FEWEST_BUSES, depot), SHORT);
    }

    private static TravelTimes line(double a, double b) {
        return EuclideanTravelTimes.of(new double[] {0, a, b}, new double[] {0, 0, 0}, 1);
    }

    private static Rider limited(String id, int stop, int maxRideSeconds) {
        return new Rider(id, 1, new int[] {stop}, maxRideSeconds);
    }

    private static List<Vehicle> twoBuses() {
        return List.of(new Vehicle("bus1", 8), new Vehicle("bus2", 8));
    }
}
