package org.schoolshuttle.run;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One route driven on one school day. Vehicle, crew and stops are copied from the route when the run is
 * generated, so what the driver sees and what is recorded never change under them when the plan does.
 */
@Entity
@Table(name = "daily_run")
public class DailyRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "daily_run_seq")
    @SequenceGenerator(name = "daily_run_seq", sequenceName = "daily_run_seq", allocationSize = 50)
    public Long id;

    @Column(name = "route_id")
    public Long routeId;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String name;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    /** Why the run is BLOCKED, one reason per line. */
    @Column(name = "blocked_reasons")
    public String blockedReasons;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    public int seats;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    @Column(name = "escort_checked_in_at")
    public Instant escortCheckedInAt;

    @Column(name = "first_stop_at")
    public Instant firstStopAt;

    /** Morning: arrival at school; afternoon: the last stop. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "generated_at")
    public Instant generatedAt;

    /** When the driver and escort were reminded of the run. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Version
    public int version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "run_stop", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "seq")
    public List<RunStop> stops = new ArrayList<>();

    boolean started() {
        return status == RunStatus.IN_PROGRESS || status == RunStatus.COMPLETED;
    }

    List<String> reasons() {
        return blockedReasons == null || blockedReasons.isBlank() ? List.of() : List.of(blockedReasons.split("\n"));
    }
}
