package org.schoolshuttle.route;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.MixedLoad;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.SharedTrips;
import org.schoolshuttle.planning.StreetMap;
import org.schoolshuttle.planning.TravelTimes;
import org.schoolshuttle.school.School;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One more child at a stop of a shared route (children of several schools): the route's times worked out again as
 * the planner weighed them ({@link MixedLoad}), every school reached inside its window in the morning and left
 * after its dismissal in the afternoon, every child's ride to and from their own school within the limit both ways.
 * The stops and their order stay; only the times move.
 *
 * @param morning        per morning stop, when the vehicle is there
 * @param arrivals       per school, in the route's morning order, when the vehicle arrives
 * @param afternoon      per morning stop, when the vehicle is there in the afternoon
 * @param leaves         per school, in the route's morning order, when the vehicle leaves it in the afternoon
 */
record SharedSeat(int[] morning, int[] arrivals, int[] afternoon, int[] leaves) {

    /**
     * @param onBoard per morning stop, per school id, how many children board there now
     * @param stop    the morning stop the new child boards at; {@code school} their school
     * @return the new times, or empty when a window, a ride or the seats would not hold
     */
    static Optional<SharedSeat> with(Route to, List<GeoPoint> stopPoints, List<Map<Long, Integer>> onBoard, int stop,
                                     long school, List<School> schools, SchoolDemandReader demand, StreetMap map) {
        int n = stopPoints.size();
        List<GeoPoint> points = new ArrayList<>(stopPoints);
        schools.forEach(s -> points.add(new GeoPoint(s.lat, s.lon)));
        TravelTimes drive = map.driving(points);
        SchoolDemand.Dwell dwell = demand.dwell();
        int ride = demand.rideLimitSeconds();
        List<MixedLoad.Pickup> pickups = new ArrayList<>();
        List<Integer> stopOf = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            boolean first = true;
            for (int j = 0; j < schools.size(); j++) {
                int children = onBoard.get(k).getOrDefault(schools.get(j).id, 0)
                        + (k == stop && schools.get(j).id == school ? 1 : 0);
                if (children == 0) {
                    continue;
                }
                // Children of two schools at one stop board together: the vehicle stops once.
                int service = (first ? dwell.fixedSeconds() : 0) + dwell.perChildSeconds() * children;
                pickups.add(new MixedLoad.Pickup(k, j, children, service, ride + service));
                stopOf.add(k);
                first = false;
            }
        }
        List<MixedLoad.School> visits = new ArrayList<>();
        int[] leave = new int[schools.size()];
        for (int j = 0; j < schools.size(); j++) {
            School s = schools.get(j);
            visits.add(new MixedLoad.School(n + j, demand.arriveEarliest(s), demand.arriveLatest(s), dwell.fixedSeconds(),
                    dwell.perChildSeconds()));
            leave[j] = demand.leave(s);
        }
        MixedLoad.Travel seconds = (a, b) -> {
            double t = drive.seconds(a, b);
            return Double.isFinite(t) ? (int) Math.ceil(t) : 1_000_000;
        };
        Optional<MixedLoad.Schedule> times = MixedLoad.bothWays(visits, pickups, seconds, to.seats, leave,
                SharedTrips.AFTERNOON_WAIT_SECONDS);
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int[] at = times.get().pickupTimes();
        MixedLoad.Afternoon afternoon = times.get().afternoon();
        int[] morningTimes = new int[n];
        int[] afternoonTimes = new int[n];
        Arrays.fill(morningTimes, Integer.MAX_VALUE);
        Arrays.fill(afternoonTimes, Integer.MAX_VALUE);
        for (int i = 0; i < pickups.size(); i++) {
            int k = stopOf.get(i);
            morningTimes[k] = Math.min(morningTimes[k], at[i]);
            afternoonTimes[k] = Math.min(afternoonTimes[k], afternoon.drop()[i]);
        }
        return Optional.of(new SharedSeat(morningTimes, times.get().arrivals(), afternoonTimes, afternoon.leave()));
    }

    /** Writes the times on the route pair: the afternoon route drives the stops and schools in reverse. */
    void applyTo(Route to, Route from) {
        for (int k = 0; k < to.stops.size(); k++) {
            if (morning[k] != Integer.MAX_VALUE) {
                to.stops.get(k).plannedTime = morning[k];
            }
        }
        for (int j = 0; j < to.schools.size(); j++) {
            to.schools.get(j).plannedTime = arrivals[j];
        }
        int firstStop = to.stops.get(0).plannedTime;
        to.schoolTime = arrivals[arrivals.length - 1];
        to.driveSeconds = to.schoolTime - firstStop;
        int lastDropBefore = from.stops.get(from.stops.size() - 1).plannedTime;
        int leftBefore = from.schoolTime;
        for (RouteStop s : from.stops) {
            int k = to.positionOf(s.stopId);
            if (k >= 0 && afternoon[k] != Integer.MAX_VALUE) {
                s.plannedTime = afternoon[k];
            }
        }
        int m = leaves.length;
        for (int i = 0; i < from.schools.size(); i++) {
            from.schools.get(i).plannedTime = leaves[m - 1 - i];
        }
        from.schoolTime = Arrays.stream(leaves).min().orElse(from.schoolTime);
        // The way back to where the vehicle is kept is as long as before; the rest moved with the times.
        from.driveSeconds += (from.stops.get(from.stops.size() - 1).plannedTime - lastDropBefore)
                - (from.schoolTime - leftBefore);
    }
}
