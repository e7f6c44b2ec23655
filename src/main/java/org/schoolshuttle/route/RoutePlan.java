package org.schoolshuttle.route;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * One plan of a school: a draft while it is computed and reviewed, then published, then superseded. A shared plan
 * (mixed load) covers other schools of the village too ({@code schoolIds} holds them all, the leading school
 * {@code schoolId} included) and is the published plan of each of them.
 */
@Entity
@Table(name = "route_plan")
public class RoutePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_id")
    public Long schoolId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_school", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "school_id")
    public Set<Long> schoolIds = new HashSet<>();

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

    /** The schools the plan covers: the leading school first, then the others by id. */
    public List<Long> schools() {
        return Stream.concat(Stream.of(schoolId), schoolIds.stream().filter(id -> !id.equals(schoolId)).sorted()).toList();
    }

    public boolean shared() {
        return schoolIds.size() > 1;
    }

    public List<Long> vehicles() {
        return vehicleIds.isEmpty() ? List.of() : Arrays.stream(vehicleIds.split(",")).map(Long::valueOf).toList();
    }

    public void vehicles(List<Long> ids) {
        vehicleIds = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
