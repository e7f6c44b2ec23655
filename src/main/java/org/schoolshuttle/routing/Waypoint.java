package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;

/**
 * A point a shuttle route passes and, at a stop, a point beside the road on the side its families live: the
 * route arrives and leaves with that side at the door where the roads allow it ({@code side} null: either side).
 */
public record Waypoint(GeoPoint point, GeoPoint side) {

    public static Waypoint at(GeoPoint point) {
        return new Waypoint(point, null);
    }

    /** The point GraphHopper is asked for: the side point snaps to the same road and tells it the side. */
    GeoPoint query() {
        return side != null ? side : point;
    }
}
