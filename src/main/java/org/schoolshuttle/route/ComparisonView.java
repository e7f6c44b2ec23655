package org.schoolshuttle.route;

import org.schoolshuttle.planning.WaitReason;

import java.time.LocalTime;
import java.util.List;

/**
 * A draft beside the published plan: both sets of figures and every child whose stop or times would change
 * (by a minute or more), with the family to be told. A shared draft (several schools) is set beside the published
 * plans of all its schools ({@code publishedPlanIds}; their figures added up).
 */
public record ComparisonView(long planId, Long publishedPlanId, List<Long> publishedPlanIds, PlanMetrics draft,
                             PlanMetrics published, int familiesAffected, List<Change> changes) {

    public record Change(long childId, long guardianId, Place before, Place after) {
    }

    /** A child's stop and times in one plan, or the reason they wait. */
    public record Place(Long stopId, String stopName, LocalTime pickup, LocalTime dropOff, WaitReason waitlistReason) {

        static Place of(LoadedPlan.Situation s) {
            if (s == null) {
                return null;
            }
            return new Place(s.stopId(), s.stopName(), s.pickup() == null ? null : RouteDetailView.time(s.pickup()),
                    s.dropOff() == null ? null : RouteDetailView.time(s.dropOff()), s.reason());
        }
    }
}
