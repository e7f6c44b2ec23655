package org.schoolshuttle.planning;

import java.util.List;

/**
 * One planning run: every vehicle starts at and returns to {@code depot} (the school in the morning run),
 * visits a subset of {@code stops}; every rider boards at one of its stops. All point indices refer to
 * {@code travel}. Times are hard constraints: stop windows (service may start within them, waiting allowed),
 * {@code depotTimes}, and each rider's time on board from departure at their stop to arrival at the depot.
 */
public record PlanningProblem(TravelTimes travel, int depot, List<Stop> stops, List<Rider> riders,
        List<Vehicle> vehicles, Objective objective, DepotTimes depotTimes) {

    /** A problem without depot times. */
    public PlanningProblem(TravelTimes travel, int depot, List<Stop> stops, List<Rider> riders,
            List<Vehicle> vehicles, Objective objective) {
        this(travel, depot, stops, riders, vehicles, objective, DepotTimes.ANY);
    }

    public PlanningProblem {
        stops = List.copyOf(stops);
        riders = List.copyOf(riders);
        vehicles = List.copyOf(vehicles);
        if (depotTimes == null) {
            throw new IllegalArgumentException("depot times missing (use DepotTimes.ANY)");
        }
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

    /** True when some stop has a time window, some rider a ride-time limit, or the depot a time restriction. */
    public boolean hasTimeConstraints() {
        return stops.stream().anyMatch(s -> !s.window().equals(TimeWindow.ANY))
                || riders.stream().anyMatch(r -> r.maxRideSeconds() > 0)
                || depotTimes.earliestDeparture() > 0 || !depotTimes.arrival().equals(TimeWindow.ANY);
    }
}
