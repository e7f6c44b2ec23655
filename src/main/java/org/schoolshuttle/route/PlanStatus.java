package org.schoolshuttle.route;

/** Where a plan is in its life: computed, reviewed, published, replaced. */
public enum PlanStatus {
    /** The planner is still working on it. */
    RUNNING,
    /** Computed, ready to compare and publish. */
    DRAFT,
    /** The planner could not finish it; {@code failure} says why. */
    FAILED,
    /** The plan families and drivers follow. */
    PUBLISHED,
    /** Was published, replaced by a newer plan. */
    SUPERSEDED
}
