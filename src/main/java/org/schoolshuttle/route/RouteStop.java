package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stop of a route and when the vehicle is there, in seconds from midnight. */
@Embeddable
public class RouteStop {

    @Column(name = "stop_id")
    public Long stopId;

    @Column(name = "planned_time")
    public int plannedTime;

    public RouteStop() {
    }

    public RouteStop(Long stopId, int plannedTime) {
        this.stopId = stopId;
        this.plannedTime = plannedTime;
    }
}
