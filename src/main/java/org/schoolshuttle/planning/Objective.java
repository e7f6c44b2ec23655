package org.schoolshuttle.planning;

/**
 * What the planner minimises: total distance plus {@code vehicleCost} per vehicle used. A vehicle cost above any
 * possible route length makes the order lexicographic: fewest vehicles first, then least distance.
 */
public record Objective(double vehicleCost) {

    /** Distance only, the convention of the CVRP and bus-stop-selection benchmarks. */
    public static Objective distance() {
        return new Objective(0);
    }

    /** Fewest vehicles, then least distance; {@code longestRoute} bounds any route's length. */
    public static Objective fewestVehiclesThenDistance(double longestRoute) {
        return new Objective(longestRoute * 10);
    }
}
