package org.schoolshuttle.route;

import org.schoolshuttle.common.Hql;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.WaitReason;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan read whole from the database, for showing, measuring and comparing it. */
final class LoadedPlan {

    final RoutePlan plan;
    final List<Route> routes;
    final Map<Long, Route> routeById = new HashMap<>();
    final Map<Long, BusStop> stops = new HashMap<>();
    final List<Assignment> assignments;
    /** Per child: the morning assignment. */
    final Map<Long, Assignment> morning = new LinkedHashMap<>();
    /** Per child: the afternoon assignment. */
    final Map<Long, Assignment> afternoon = new HashMap<>();

    /** Per child of a shared plan, their school (whose time on a shared route ends or starts their ride). */
    private final Map<Long, Long> schoolOf = new HashMap<>();

    private final SchoolDemand.Dwell dwell;

    LoadedPlan(RoutePlan plan, RouteRepository routes, BusStopRepository stops, AssignmentRepository assignments,
               SchoolDemand.Dwell dwell) {
        this.plan = plan;
        this.dwell = dwell;
        this.routes = routes.list("planId = ?1 order by direction desc, id", plan.id);
        this.routes.forEach(r -> routeById.put(r.id, r));
        List<Long> stopIds = this.routes.stream().flatMap(r -> r.stops.stream()).map(s -> s.stopId).distinct().toList();
        if (!stopIds.isEmpty()) {
            Hql.of("id in ?1", stopIds).list(stops).forEach(s -> this.stops.put(s.id, s));
        }
        this.assignments = assignments.list("planId = ?1 order by childId, direction", plan.id);
        for (Assignment a : this.assignments) {
            (a.direction == Direction.TO_SCHOOL ? morning : afternoon).put(a.childId, a);
        }
        if (plan.shared()) {
            assignments.getEntityManager().createQuery("select c.id, c.schoolId from Child c where c.id in "
                    + "(select a.childId from Assignment a where a.planId = :plan)", Object[].class)
                    .setParameter("plan", plan.id).getResultList()
                    .forEach(row -> schoolOf.put((Long) row[0], (Long) row[1]));
        }
    }

    /** When the route is at the child's school: the route's school time unless it is shared. */
    int schoolTimeOf(Route route, long childId) {
        Long school = schoolOf.get(childId);
        return school == null ? route.schoolTime : route.timeAt(school);
    }

    /** Children boarding (or getting off) per route and stop, keyed {@code routeId/stopId}. */
    Map<String, Integer> childrenAt() {
        Map<String, Integer> at = new HashMap<>();
        assignments.stream().filter(Assignment::seated).forEach(a -> at.merge(a.routeId + "/" + a.stopId, 1, Integer::sum));
        return at;
    }

    /** Where and when a child boards and gets off, or why they wait. */
    record Situation(Long stopId, String stopName, Integer pickup, Integer dropOff, WaitReason reason, Long routeId) {

        boolean differsFrom(Situation other) {
            if (other == null) {
                return true;
            }
            if (reason != null || other.reason != null) {
                return reason != other.reason;
            }
            return !stopId.equals(other.stopId) || Math.abs(pickup - other.pickup) >= 60
                    || Math.abs(dropOff - other.dropOff) >= 60;
        }
    }

    Situation situation(long childId) {
        Assignment to = morning.get(childId);
        if (to == null) {
            return null;
        }
        if (!to.seated()) {
            return new Situation(null, null, null, null, to.waitlistReason, null);
        }
        Assignment from = afternoon.get(childId);
        Route morningRoute = routeById.get(to.routeId);
        Route afternoonRoute = from == null ? null : routeById.get(from.routeId);
        return new Situation(to.stopId, stops.get(to.stopId).name, timeAt(morningRoute, to.stopId),
                afternoonRoute == null ? null : timeAt(afternoonRoute, to.stopId), null, to.routeId);
    }

    static Integer timeAt(Route route, long stopId) {
        int k = route.positionOf(stopId);
        return k < 0 ? null : route.stops.get(k).plannedTime;
    }

    PlanMetrics metrics() {
        int vehicles = (int) routes.stream().filter(r -> r.direction == Direction.TO_SCHOOL).count();
        double metres = routes.stream().mapToDouble(r -> r.metres).sum();
        long totalRide = 0;
        int longestRide = 0;
        int served = 0;
        int waiting = 0;
        double walkSum = 0;
        double walkLongest = 0;
        Map<String, Integer> boarding = childrenAt();
        for (Assignment a : assignments) {
            if (!a.seated()) {
                waiting += a.direction == Direction.TO_SCHOOL ? 1 : 0;
                continue;
            }
            Route r = routeById.get(a.routeId);
            Integer at = timeAt(r, a.stopId);
            // On board from leaving the stop in the morning, until getting off in the afternoon, as the planner counts.
            int ride = at == null ? 0 : r.direction == Direction.TO_SCHOOL
                    ? schoolTimeOf(r, a.childId) - at - dwell.at(boarding.get(a.routeId + "/" + a.stopId))
                    : at - schoolTimeOf(r, a.childId);
            totalRide += ride;
            longestRide = Math.max(longestRide, ride);
            if (a.direction == Direction.TO_SCHOOL) {
                served++;
                walkSum += a.walkMetres;
                walkLongest = Math.max(walkLongest, a.walkMetres);
            }
        }
        return new PlanMetrics(vehicles, Math.round(metres / 100) / 10.0, Math.round(totalRide / 60.0),
                Math.round(longestRide / 6.0) / 10.0, served, waiting,
                served == 0 ? 0 : Math.round(walkSum / served), Math.round(walkLongest));
    }
}
