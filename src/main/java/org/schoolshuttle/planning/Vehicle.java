package org.schoolshuttle.planning;

/** A vehicle the planner may use: {@code capacity} seats, a hard limit. */
public record Vehicle(String id, int capacity) {

    public Vehicle {
        if (capacity <= 0) {
            throw new IllegalArgumentException("vehicle " + id + " has no seats");
        }
    }
}
