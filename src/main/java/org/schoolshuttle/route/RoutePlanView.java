package org.schoolshuttle.route;

import org.schoolshuttle.planning.WaitReason;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A plan with its progress while computed, then its figures, routes, seats and waitlist. {@code schoolIds}: the
 * schools it plans, {@code schoolId} first (several when they share routes).
 */
public record RoutePlanView(long id, long schoolId, List<Long> schoolIds, PlanStatus status, String stage, int progress, String failure,
                            int solverSeconds, List<Long> vehicleIds, Instant createdAt, Instant finishedAt,
                            Instant publishedAt, PlanMetrics metrics, List<RouteDetailView> routes,
                            List<SeatView> seats, List<WaitingView> waitlist) {

    /** Where a child boards (same stop both ways). */
    public record SeatView(long childId, long stopId, long morningRouteId, Long afternoonRouteId, double walkMetres) {
    }

    public record WaitingView(long childId, WaitReason reason) {
    }

    /** Status and progress only, for a plan still being computed or failed, and for lists. */
    static RoutePlanView summary(RoutePlan p) {
        return new RoutePlanView(p.id, p.schoolId, p.schools(), p.status, p.stage, p.progress, p.failure,
                p.solverSeconds, p.vehicles(), p.createdAt, p.finishedAt, p.publishedAt, null, List.of(), List.of(),
                List.of());
    }

    static RoutePlanView from(LoadedPlan loaded, RouteGeometry geometry) {
        RoutePlan p = loaded.plan;
        if (p.status == PlanStatus.RUNNING || p.status == PlanStatus.FAILED) {
            return summary(p);
        }
        Map<String, Integer> childrenAt = loaded.childrenAt();
        List<RouteDetailView> routes = loaded.routes.stream()
                .map(r -> RouteDetailView.from(r, loaded.stops, childrenAt, geometry)).toList();
        List<SeatView> seats = loaded.morning.values().stream().filter(Assignment::seated).map(a -> {
            Assignment back = loaded.afternoon.get(a.childId);
            return new SeatView(a.childId, a.stopId, a.routeId, back == null ? null : back.routeId, Math.round(a.walkMetres));
        }).toList();
        List<WaitingView> waiting = loaded.morning.values().stream().filter(a -> !a.seated())
                .map(a -> new WaitingView(a.childId, a.waitlistReason)).toList();
        return new RoutePlanView(p.id, p.schoolId, p.schools(), p.status, p.stage, p.progress, p.failure,
                p.solverSeconds, p.vehicles(), p.createdAt, p.finishedAt, p.publishedAt, loaded.metrics(), routes, seats,
                waiting);
    }
}
