package org.schoolshuttle.planning;

import java.util.List;

/**
 * One planning run: every vehicle starts at and returns to {@code depot} (the school in the morning run),
 * visits a subset of {@code stops}; every rider boards at one of its stops. All point indices refer to
 * {@code travel}.
 */
public record PlanningProblem(TravelTimes travel, int depot, List<Stop> stops, List<Rider> riders,
        List<Vehicle> vehicles, Objective objective) {

    public PlanningProblem {
        stops = List.copyOf(stops);
        riders = List.copyOf(riders);
        vehicles = List.copyOf(vehicles);
        checkPoint(travel, depot, "depot");
        for (Stop s : stops) {
            checkPoint(travel, s.point(), "stop " + s.id());
        }
        for (Rider r : riders) {
            if (r.stops().length == 0) {
                throw new IllegalArgumentException("rider " + r.id() + " has no stop within reach");
            }
            for (int s : r.stops()) {
                if (s < 0 || s >= stops.size()) {
                    throw new IllegalArgumentException("rider " + r.id() + " refers to unknown stop " + s);
                }
            }
        }
        if (vehicles.isEmpty()) {
            throw new IllegalArgumentException("no vehicles");
        }
    }

    private static void checkPoint(TravelTimes travel, int point, String what) {
        if (point < 0 || point >= travel.size()) {
            throw new IllegalArgumentException(what + " is not a point of the travel matrix");
        }
    }

    /** True when some stop has a time window or some rider a ride-time limit (not yet enforced by the solver). */
    public boolean hasTimeConstraints() {
        return stops.stream().anyMatch(s -> !s.window().equals(TimeWindow.ANY))
                || riders.stream().anyMatch(r -> r.maxRideSeconds() > 0);
    }
}
