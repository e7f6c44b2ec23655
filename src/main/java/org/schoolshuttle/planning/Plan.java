package org.schoolshuttle.planning;

import java.util.List;

/**
 * The planner's answer: the routes, the stop each rider boards at ({@code riderStop[i]} for rider i, -1 when
 * unserved), the total distance and the riders left unserved (indices into the problem's riders).
 */
public record Plan(List<PlannedRoute> routes, int[] riderStop, double metres, List<Integer> unserved) {

    public Plan {
        routes = List.copyOf(routes);
        riderStop = riderStop.clone();
        unserved = List.copyOf(unserved);
    }

    @Override
    public int[] riderStop() {
        return riderStop.clone();
    }

    /** Number of vehicles used. */
    public int vehicles() {
        return routes.size();
    }
}
