package org.schoolshuttle.planning;

/** Earliest and latest time of service, in seconds from the start of the planning day. */
public record TimeWindow(int earliest, int latest) {

    /** No restriction. */
    public static final TimeWindow ANY = new TimeWindow(0, Integer.MAX_VALUE);

    public TimeWindow {
        if (earliest > latest) {
            throw new IllegalArgumentException("time window ends before it starts");
        }
    }
}
