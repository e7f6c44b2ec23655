package org.schoolshuttle.planning;

/**
 * A candidate stop a vehicle may visit: its point in the {@link TravelTimes}, the dwell time in seconds when a
 * vehicle stops there, plus {@code secondsPerRider} for each rider boarding, and when it may be served.
 */
public record Stop(String id, int point, int dwellSeconds, int secondsPerRider, TimeWindow window) {

    /** A stop without dwell time or window (benchmarks). */
    public static Stop at(String id, int point) {
        return new Stop(id, point, 0, 0, TimeWindow.ANY);
    }
}
