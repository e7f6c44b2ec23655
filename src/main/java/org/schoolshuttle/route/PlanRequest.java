package org.schoolshuttle.route;

import java.util.List;

/**
 * Asks for a draft plan.
 *
 * @param vehicleIds    the vehicles to plan with; default every vehicle of the village fit to carry children today
 *                      and not already on another school's published plan
 * @param solverSeconds how long the optimiser may search; default {@code shuttle.route.solver-seconds}
 * @param sharedWith    other schools of the village to plan together with this one (mixed load: a route may carry
 *                      children of several schools and drop them at each in turn); default none
 */
public record PlanRequest(List<Long> vehicleIds, Integer solverSeconds, List<Long> sharedWith) {

    public PlanRequest(List<Long> vehicleIds, Integer solverSeconds) {
        this(vehicleIds, solverSeconds, null);
    }
}
