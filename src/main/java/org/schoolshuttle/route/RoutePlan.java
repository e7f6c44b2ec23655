package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One plan of a school: a draft while it is computed and reviewed, then published, then superseded. */
@Entity
@Table(name = "route_plan")
public class RoutePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_id")
    public Long schoolId;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    public String stage;

    public int progress;

    public String failure;

    @Column(name = "solver_seconds")
    public int solverSeconds;

    /** The vehicles the planner was given, comma-separated. */
    @Column(name = "vehicle_ids")
    public String vehicleIds;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public Long publishedBy;

    public List<Long> vehicles() {
        return vehicleIds.isEmpty() ? List.of() : Arrays.stream(vehicleIds.split(",")).map(Long::valueOf).toList();
    }

    public void vehicles(List<Long> ids) {
        vehicleIds = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
