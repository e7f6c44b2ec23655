package org.schoolshuttle.route;

import org.schoolshuttle.planning.WaitReason;

import java.time.LocalTime;

/**
 * What a family sees of their child's place on the shuttle: the stop, the safe walk to it, the times both ways
 * and the vehicle; or why the child waits.
 *
 * @param status SEATED, WAITLISTED, or PENDING while a seat is being looked for
 */
public record AssignmentView(long childId, String status, WaitReason waitlistReason, String explanation, Long planId,
                             StopPlace stop, Walk walk, Leg toSchool, Leg fromSchool) {

    public record StopPlace(long id, String name, double lat, double lon) {
    }

    /** The child_walk route from home to the stop. */
    public record Walk(double distanceMetres, double durationSeconds, RouteDetailView.Line geometry) {
    }

    /**
     * One direction: in the morning {@code atStop} is the pickup and {@code atSchool} the arrival; in the afternoon
     * {@code atSchool} is the departure and {@code atStop} the drop-off.
     */
    public record Leg(long routeId, String routeName, LocalTime atStop, LocalTime atSchool, String vehiclePlate,
                      String vehicleKind, int stops) {
    }

    static String explain(WaitReason reason) {
        return switch (reason) {
            case NO_SEAT -> "Every route that passes within walking distance is full.";
            case TOO_FAR_TO_WALK -> "No shuttle stop can be placed within the child's safe walking distance of home.";
            case RIDE_TOO_LONG -> "Every route that could stop nearby would keep a child on board longer than allowed.";
            case NO_ROUTE_FOR_SCHOOL -> "The school has no published shuttle routes yet.";
            case NEEDS_NOT_MET -> "No vehicle on a nearby route has the wheelchair place or booster seat the child needs free.";
            case OUTSIDE_MAP -> "The home cannot be reached by road from the school on the village map.";
        };
    }
}
