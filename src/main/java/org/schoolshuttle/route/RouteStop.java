package org.schoolshuttle.route;

import org.schoolshuttle.common.GeoPoint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stop of a route and when the vehicle is there, in seconds from midnight; and the side of the road its families
 * live on, which the route keeps at the door there ({@code sideLat/sideLon}, null for either side).
 */
@Embeddable
public class RouteStop {

    @Column(name = "stop_id")
    public Long stopId;

    @Column(name = "planned_time")
    public int plannedTime;

    @Column(name = "side_lat")
    public Double sideLat;

    @Column(name = "side_lon")
    public Double sideLon;

    public RouteStop() {
    }

    public RouteStop(Long stopId, int plannedTime) {
        this(stopId, plannedTime, null);
    }

    public RouteStop(Long stopId, int plannedTime, GeoPoint side) {
        this.stopId = stopId;
        this.plannedTime = plannedTime;
        this.sideLat = side == null ? null : side.lat();
        this.sideLon = side == null ? null : side.lon();
    }

    /** The families' side of the road, or null. */
    public GeoPoint side() {
        return sideLat == null || sideLon == null ? null : new GeoPoint(sideLat, sideLon);
    }
}
