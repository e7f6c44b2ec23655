package org.schoolshuttle.planning;

/**
 * A vehicle the planner may use: {@code capacity} seats, a hard limit, of which {@code wheelchairPlaces} take a
 * wheelchair and {@code boosterSeats} are booster seats.
 */
public record Vehicle(String id, int capacity, int wheelchairPlaces, int boosterSeats) {

    /** A vehicle without wheelchair places or booster seats (benchmarks). */
    public Vehicle(String id, int capacity) {
        this(id, capacity, 0, 0);
    }

    public Vehicle {
        if (capacity <= 0) {
            throw new IllegalArgumentException("vehicle " + id + " has no seats");
        }
        if (wheelchairPlaces < 0 || boosterSeats < 0) {
            throw new IllegalArgumentException("vehicle " + id + " has a negative number of special places");
        }
    }
}
