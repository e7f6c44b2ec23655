package org.schoolshuttle.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One position the driver's phone sent while the run was on its way, placed on the run's route. */
@Entity
@Table(name = "run_position")
public class RunPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_position_seq")
    @SequenceGenerator(name = "run_position_seq", sequenceName = "run_position_seq", allocationSize = 50)
    public Long id;

    @Column(name = "run_id")
    public Long runId;

    /** The phone's clock when it took the fix. */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public double lat;

    public double lon;

    @Column(name = "accuracy_m")
    public Double accuracyMetres;

    @Column(name = "along_m")
    public Double alongMetres;

    @Column(name = "off_route_m")
    public Double offRouteMetres;
}
