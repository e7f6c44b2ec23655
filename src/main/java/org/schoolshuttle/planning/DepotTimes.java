package org.schoolshuttle.planning;

/**
 * When vehicles may leave the depot and when they must be back at it (the school in the morning run), in seconds
 * from the start of the planning day. The morning run uses {@code arrival} for "10 to 30 minutes before the bell";
 * a VRPTW instance uses the depot's window as route horizon. Arriving before {@code arrival.earliest()} means
 * waiting with the riders on board, which counts towards their ride time.
 */
public record DepotTimes(int earliestDeparture, TimeWindow arrival) {

    /** No restriction. */
    public static final DepotTimes ANY = new DepotTimes(0, TimeWindow.ANY);

    /** Leave at any time, arrive within {@code arrival}. */
    public static DepotTimes arriveWithin(TimeWindow arrival) {
        return new DepotTimes(0, arrival);
    }
}
