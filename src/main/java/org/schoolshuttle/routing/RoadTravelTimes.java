package org.schoolshuttle.routing;

import org.schoolshuttle.planning.TravelTimes;

/**
 * Travel times and distances between the points of a plan on the road network, computed once with the
 * many-to-many matrix search; the planner then reads cells instead of routing. Unreachable cells are
 * infinite, so the planner never puts them on a route.
 */
final class RoadTravelTimes implements TravelTimes {

    private final double[][] seconds;
    private final double[][] metres;

    RoadTravelTimes(CellTable cells) {
        this.seconds = cells.seconds;
        this.metres = cells.metres;
    }

    @Override
    public int size() {
        return seconds.length;
    }

    @Override
    public double metres(int from, int to) {
        return metres[from][to];
    }

    @Override
    public double seconds(int from, int to) {
        return seconds[from][to];
    }
}
