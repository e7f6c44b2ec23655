package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A school a route serves and when: in the morning when the vehicle arrives there, in the afternoon when it leaves
 * (seconds from midnight). A shared route (mixed load) lists several, in the order it visits them.
 */
@Embeddable
public class RouteSchool {

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "planned_time")
    public int plannedTime;

    public RouteSchool() {
    }

    public RouteSchool(Long schoolId, int plannedTime) {
        this.schoolId = schoolId;
        this.plannedTime = plannedTime;
    }
}
