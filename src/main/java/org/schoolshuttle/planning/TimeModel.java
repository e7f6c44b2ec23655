package org.schoolshuttle.planning;

import java.util.List;

/**
 * The time side of the search model, in seconds: travel times between nodes (0 = depot, s + 1 = stop s), stop
 * windows and dwell, depot times and ride-time limits. Built once per solve, shared read-only by all threads.
 */
final class TimeModel {

    static final double EPS = 1e-9;

    /** False when the problem has no time constraint at all: the search then skips every time check. */
    final boolean active;
    /**
     * True when seating one more rider at a stop already on the route can break the schedule (dwell per rider, or
     * ride-time limits); then boarding and rider moves are checked too, and insertions get the full check.
     */
    final boolean boardingMatters;
    final double[][] time;
    final double[] early;
    final double[] late;
    final double[] dwellFixed;
    final double[] dwellPerRider;
    final double departure;
    final double arriveEarliest;
    final double arriveLatest;
    /** Per rider, the longest ride in seconds; infinite when unlimited. */
    final double[] rideLimit;
    /** Per stop, how many riders can board only there. */
    final int[] mustRiders;

    TimeModel(PlanningProblem problem, int[] point, int[][] riderStops) {
        List<Stop> stops = problem.stops();
        int n = stops.size();
        active = problem.hasTimeConstraints();
        time = new double[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                time[a][b] = a == b ? 0 : problem.travel().seconds(point[a], point[b]);
            }
        }
        early = new double[n];
        late = new double[n];
        dwellFixed = new double[n];
        dwellPerRider = new double[n];
        boolean perRider = false;
        for (int s = 0; s < n; s++) {
            Stop stop = stops.get(s);
            early[s] = stop.window().earliest();
            late[s] = bound(stop.window().latest());
            dwellFixed[s] = stop.dwellSeconds();
            dwellPerRider[s] = stop.secondsPerRider();
            perRider |= stop.secondsPerRider() > 0;
        }
        DepotTimes depot = problem.depotTimes();
        departure = depot.earliestDeparture();
        arriveEarliest = depot.arrival().earliest();
        arriveLatest = bound(depot.arrival().latest());
        List<Rider> riders = problem.riders();
        rideLimit = new double[riders.size()];
        mustRiders = new int[n];
        boolean limits = false;
        for (int i = 0; i < riders.size(); i++) {
            int max = riders.get(i).maxRideSeconds();
            rideLimit[i] = max > 0 ? max : Double.POSITIVE_INFINITY;
            limits |= max > 0;
            if (riderStops[i].length == 1) {
                mustRiders[riderStops[i][0]]++;
            }
        }
        boardingMatters = active && (perRider || limits);
    }

    private static double bound(int latest) {
        return latest == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : latest;
    }

    /** Dwell in seconds at stop s when {@code boarders} riders board there. */
    double dwell(int s, int boarders) {
        return dwellFixed[s] + dwellPerRider[s] * boarders;
    }
}
