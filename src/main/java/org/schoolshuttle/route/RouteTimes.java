package org.schoolshuttle.route;

import org.schoolshuttle.planning.AfternoonOrder;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.Timetable;
import org.schoolshuttle.planning.TravelTimes;

import java.util.List;

/**
 * The timetable of one route pair (morning and afternoon) for a given order of stops each way and number of
 * children at each, from a travel matrix: what instant matching checks a change against before it takes a seat.
 *
 * @param morning        when the morning route is at each stop (morning order)
 * @param afternoon      when the afternoon route is at each stop (morning order)
 * @param afternoonOrder morning positions in the order the afternoon route drives them
 * @param longestRide    the longest ride of a child on board, morning or afternoon, seconds
 * @param driveSeconds   morning: first stop to school
 * @param metres         the loop school, stops, school, as the planner measures routes
 * @param order          matrix index of each stop in morning order, as timed
 * @param children       children boarding at each stop, as timed
 */
record RouteTimes(int[] morning, int[] afternoon, int[] afternoonOrder, int longestRide, int driveSeconds,
                  double metres, List<Integer> order, int[] children) {

    /**
     * @param matrix         travel matrix; index 0 is the school
     * @param order          matrix index of each stop in morning order
     * @param afternoonOrder morning positions in the order the afternoon drives them
     * @param children       children boarding at each stop
     */
    static RouteTimes of(TravelTimes matrix, List<Integer> order, int[] afternoonOrder, int[] children,
                         SchoolDemand.Dwell dwell, int arrival, int leave) {
        int n = order.size();
        int[] stand = new int[n];
        double[] toNext = new double[n];
        int[] stops = new int[n];
        double metres = matrix.metres(0, order.get(0));
        for (int k = 0; k < n; k++) {
            int here = order.get(k);
            int next = k + 1 < n ? order.get(k + 1) : 0;
            stand[k] = dwell.at(children[k]);
            toNext[k] = matrix.seconds(here, next);
            stops[k] = here;
            metres += matrix.metres(here, next);
        }
        int[] morning = Timetable.morning(toNext, stand, arrival);
        int[] afternoon = AfternoonOrder.times(matrix, dwell, stops, children, afternoonOrder, leave);
        int longest = 0;
        for (int k = 0; k < n; k++) {
            if (children[k] > 0) {
                longest = Math.max(longest, Math.max(Timetable.morningRide(morning, stand, k, arrival),
                        afternoon[k] - leave));
            }
        }
        return new RouteTimes(morning, afternoon, afternoonOrder, longest, arrival - morning[0], metres, List.copyOf(order),
                children.clone());
    }

    /** When the afternoon route reaches its last stop. */
    int afternoonEnd() {
        return afternoon[afternoonOrder[afternoonOrder.length - 1]];
    }

    boolean feasible() {
        return Double.isFinite(metres) && morning.length > 0 && morning[0] >= 0 && afternoonEnd() < 86400;
    }
}
