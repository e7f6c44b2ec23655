package org.schoolshuttle.planning;

import java.util.Arrays;

/**
 * Someone (a child, or a benchmark customer) to be carried to the depot/school. {@code demand} seats;
 * {@code stops} are the indices (into {@link PlanningProblem#stops()}) of the stops within the rider's walking
 * limit — one stop for a classic routing customer. {@code maxRideSeconds} 0 means no ride-time limit.
 * {@code wheelchair} and {@code booster}: the rider needs a vehicle's wheelchair place or booster seat.
 */
public record Rider(String id, int demand, int[] stops, int maxRideSeconds, boolean wheelchair, boolean booster) {

    /** A rider without special needs. */
    public Rider(String id, int demand, int[] stops, int maxRideSeconds) {
        this(id, demand, stops, maxRideSeconds, false, false);
    }

    public Rider {
        if (demand <= 0) {
            throw new IllegalArgumentException("rider " + id + " has no demand");
        }
        stops = stops.clone();
    }

    /** A rider who can only be picked up at one stop. */
    public static Rider atStop(String id, int demand, int stop) {
        return new Rider(id, demand, new int[] {stop}, 0);
    }

    @Override
    public int[] stops() {
        return stops.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rider r && r.id.equals(id) && r.demand == demand
                && Arrays.equals(r.stops, stops) && r.maxRideSeconds == maxRideSeconds
                && r.wheelchair == wheelchair && r.booster == booster;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(stops);
    }
}
