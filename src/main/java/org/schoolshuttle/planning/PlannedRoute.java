package org.schoolshuttle.planning;

/**
 * One vehicle's route: {@code stops} are stop indices in visiting order (depot omitted at both ends),
 * {@code load} the seats taken, {@code metres} its length from the depot back to the depot.
 */
public record PlannedRoute(int vehicle, int[] stops, int load, double metres) {

    public PlannedRoute {
        stops = stops.clone();
    }

    @Override
    public int[] stops() {
        return stops.clone();
    }
}
