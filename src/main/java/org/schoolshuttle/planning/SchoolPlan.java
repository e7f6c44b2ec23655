package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.List;
import java.util.Map;

/**
 * A draft plan for one school: routes with timed stops, the seat of every child who has one and the reason of
 * every child who has none.
 */
public record SchoolPlan(List<BusRoute> routes, Map<Long, Seat> seats, Map<Long, WaitReason> waiting) {

    public SchoolPlan {
        routes = List.copyOf(routes);
        seats = Map.copyOf(seats);
        waiting = Map.copyOf(waiting);
    }

    /**
     * One vehicle's route, stops in morning order; the afternoon route drives the same stops in the order of
     * {@code afternoonOrder} (indexes into {@code stops}), chosen on its own ({@link AfternoonOrder}).
     * {@code metres}: in the morning from the vehicle's base (or school) through the stops to school;
     * {@code afternoonMetres}: from school through the stops back to the base (or school). {@code seconds}: morning,
     * first stop to school.
     */
    public record BusRoute(long busId, List<TimedStop> stops, List<Integer> afternoonOrder, double metres,
            double afternoonMetres, double seconds, int morningArrival, int afternoonReturn, List<SchoolVisit> visits) {

        public BusRoute {
            stops = List.copyOf(stops);
            afternoonOrder = List.copyOf(afternoonOrder);
            visits = List.copyOf(visits);
        }

        /** A route of one school's own plan: it serves that school alone. */
        public BusRoute(long busId, List<TimedStop> stops, List<Integer> afternoonOrder, double metres,
                        double afternoonMetres, double seconds, int morningArrival, int afternoonReturn) {
            this(busId, stops, afternoonOrder, metres, afternoonMetres, seconds, morningArrival, afternoonReturn, List.of());
        }

        public BusRoute withVisits(List<SchoolVisit> schools) {
            return new BusRoute(busId, stops, afternoonOrder, metres, afternoonMetres, seconds, morningArrival,
                    afternoonReturn, schools);
        }
    }

    /**
     * A school a shared route serves ({@link SharedTrips}): its index among the plan's schools, when the morning
     * route arrives there and when the afternoon route leaves it. Routes list them in morning order; the afternoon
     * visits them in reverse. A route of one school's own plan lists none.
     */
    public record SchoolVisit(int school, int morningArrival, int afternoonLeave) {
    }

    /**
     * A stop of a route: an existing stop ({@code knownStopId}) or a new one, and when the vehicle is there in the
     * morning and in the afternoon (seconds from midnight). {@code side}: the {@link CurbSide} the route keeps at
     * the door there, null when it drives the matrix's legs (no side to prefer, or a ride would break its limit).
     */
    public record TimedStop(Long knownStopId, GeoPoint point, String name, int morningTime, int afternoonTime,
            int children, GeoPoint side) {
    }

    /** Where a child boards: route index, stop index in that route, the walk to it in metres. */
    public record Seat(int route, int stop, double walkMetres) {
    }
}
