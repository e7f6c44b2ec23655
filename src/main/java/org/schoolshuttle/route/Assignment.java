package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.schoolshuttle.planning.WaitReason;

import java.time.Instant;

/** Where a child boards in one direction of a plan: a route and stop, or the waitlist with the reason. */
@Entity
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "child_id")
    public Long childId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "route_id")
    public Long routeId;

    @Column(name = "stop_id")
    public Long stopId;

    @Column(name = "walk_metres")
    public Double walkMetres;

    @Enumerated(EnumType.STRING)
    @Column(name = "waitlist_reason")
    public WaitReason waitlistReason;

    @Column(name = "matched_at")
    public Instant matchedAt;

    static Assignment seat(long planId, long childId, Direction direction, long routeId, long stopId, double walk,
            Instant at) {
        Assignment a = new Assignment();
        a.planId = planId;
        a.childId = childId;
        a.direction = direction;
        a.routeId = routeId;
        a.stopId = stopId;
        a.walkMetres = walk;
        a.matchedAt = at;
        return a;
    }

    static Assignment waiting(long planId, long childId, Direction direction, WaitReason reason, Instant at) {
        Assignment a = new Assignment();
        a.planId = planId;
        a.childId = childId;
        a.direction = direction;
        a.waitlistReason = reason;
        a.matchedAt = at;
        return a;
    }

    public boolean seated() {
        return routeId != null;
    }
}
