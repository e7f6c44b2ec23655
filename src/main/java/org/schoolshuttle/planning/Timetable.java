package org.schoolshuttle.planning;

/**
 * When a vehicle is at each stop of a route. In the morning it arrives at school at a fixed time and every stop
 * is served as late as that allows, so children spend the least time on board; in the afternoon it leaves school
 * at a fixed time and drives the stops in reverse order. Times are seconds from midnight; stop index 0 of the
 * arrays is the first morning stop.
 */
public final class Timetable {

    private Timetable() {
    }

    /**
     * @param toNext   driving seconds from each stop to the next one, the last entry to school
     * @param dwell    seconds the vehicle stands at each stop
     * @param arrival  arrival at school
     * @return the time the vehicle reaches each stop (boarding starts)
     */
    public static int[] morning(double[] toNext, int[] dwell, int arrival) {
        int n = dwell.length;
        int[] at = new int[n];
        double t = arrival;
        for (int k = n - 1; k >= 0; k--) {
            t -= toNext[k] + dwell[k];
            at[k] = (int) Math.floor(t);
        }
        return at;
    }

    /** Seconds on board of a child boarding at stop k in the morning: from leaving the stop to reaching school. */
    public static int morningRide(int[] at, int[] dwell, int k, int arrival) {
        return arrival - at[k] - dwell[k];
    }

    /**
     * @param fromPrevious driving seconds to each stop from the stop after it in morning order (the last entry:
     *                     from school), since the afternoon drives the morning order backwards
     * @param dwell        seconds the vehicle stands at each stop
     * @param leave        departure from school
     * @return the time the vehicle reaches each stop (children get off)
     */
    public static int[] afternoon(double[] fromPrevious, int[] dwell, int leave) {
        int n = dwell.length;
        int[] at = new int[n];
        double t = leave;
        for (int k = n - 1; k >= 0; k--) {
            t += fromPrevious[k];
            at[k] = (int) Math.ceil(t);
            t += dwell[k];
        }
        return at;
    }
}
