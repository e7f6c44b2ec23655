package org.schoolshuttle.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A stop of a daily run and the moment the vehicle is planned there. */
@Embeddable
public class RunStop {

    @Column(name = "stop_id")
    public Long stopId;

    @Column(name = "planned_at")
    public Instant plannedAt;

    public RunStop() {
    }

    RunStop(Long stopId, Instant plannedAt) {
        this.stopId = stopId;
        this.plannedAt = plannedAt;
    }
}
