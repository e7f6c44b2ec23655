package org.schoolshuttle.route;

/**
 * The figures a coordinator weighs a plan by.
 *
 * @param vehicles            vehicles used
 * @param kmPerDay            kilometres driven per school day, both directions
 * @param totalRideMinutes    minutes all children spend on board per day, both directions
 * @param longestRideMinutes  the longest single ride
 * @param childrenServed      children with a seat
 * @param childrenWaitlisted  children on the waitlist
 * @param walkMeanMetres      mean walk from home to stop of the children served
 * @param walkLongestMetres   longest walk from home to stop
 */
public record PlanMetrics(int vehicles, double kmPerDay, long totalRideMinutes, double longestRideMinutes,
                          int childrenServed, int childrenWaitlisted, long walkMeanMetres, long walkLongestMetres) {

    /** Two plans' figures together (the published plans of the schools a shared draft covers). */
    PlanMetrics plus(PlanMetrics o) {
        int served = childrenServed + o.childrenServed;
        long walkMean = served == 0 ? 0 : Math.round((walkMeanMetres * (double) childrenServed
                + o.walkMeanMetres * (double) o.childrenServed) / served);
        return new PlanMetrics(vehicles + o.vehicles, Math.round((kmPerDay + o.kmPerDay) * 10) / 10.0,
                totalRideMinutes + o.totalRideMinutes, Math.max(longestRideMinutes, o.longestRideMinutes), served,
                childrenWaitlisted + o.childrenWaitlisted, walkMean, Math.max(walkLongestMetres, o.walkLongestMetres));
    }
}
