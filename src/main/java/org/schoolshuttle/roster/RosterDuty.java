package org.schoolshuttle.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One volunteer driving one route (a school's vehicle, one direction) on one school day. Keyed by the vehicle, not
 * the route, so a re-published plan keeps the roster.
 */
@Entity
@Table(name = "roster_duty")
public class RosterDuty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "route_name")
    public String routeName;

    /** {@code null}: nobody fit and free to drive yet. */
    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "swap_requested_at")
    public Instant swapRequestedAt;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Version
    public int version;
}
