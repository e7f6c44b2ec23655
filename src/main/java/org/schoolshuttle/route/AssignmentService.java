package org.schoolshuttle.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.Hql;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.routing.RouteView;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.TravelProfile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A child's place on the school's published plan, as their family (or the coordinator) sees it. */
@ApplicationScoped
public class AssignmentService {

    /** Ids per query: well inside what every database takes in an in-list. */
    private static final int IN_LIST_SIZE = 500;

    private final ChildService children;
    private final PublishedPlanRepository published;
    private final AssignmentRepository assignments;
    private final RouteRepository routes;
    private final BusStopRepository stops;
    private final VehicleRepository vehicles;
    private final RoutingService routing;

    AssignmentService(ChildService children, PublishedPlanRepository published, AssignmentRepository assignments,
                      RouteRepository routes, BusStopRepository stops, VehicleRepository vehicles,
                      RoutingService routing) {
        this.children = children;
        this.published = published;
        this.assignments = assignments;
        this.routes = routes;
        this.stops = stops;
        this.vehicles = vehicles;
        this.routing = routing;
    }

    public AssignmentView of(long childId, Locale locale) {
        Child child = children.visibleChild(childId);
        if (child.status != ChildStatus.ACTIVE) {
            throw new ConflictException("status", "the child is withdrawn and has no seat");
        }
        Optional<PublishedPlan> plan = published.findByIdOptional(child.schoolId);
        if (plan.isEmpty()) {
            return waiting(child.id, null, WaitReason.NO_ROUTE_FOR_SCHOOL);
        }
        long planId = plan.get().planId;
        Assignment to = assignments.find("planId = ?1 and childId = ?2 and direction = ?3", planId, child.id,
                Direction.TO_SCHOOL).firstResult();
        if (to == null) {
            return new AssignmentView(child.id, "PENDING", null,
                    "A seat is being looked for; the village coordinator has been told.", planId, null, null, null, null);
        }
        if (!to.seated()) {
            return waiting(child.id, planId, to.waitlistReason);
        }
        Assignment from = assignments.find("planId = ?1 and childId = ?2 and direction = ?3", planId, child.id,
                Direction.FROM_SCHOOL).firstResult();
        BusStop stop = stops.findById(to.stopId);
        return new AssignmentView(child.id, "SEATED", null, null, planId,
                new AssignmentView.StopPlace(stop.id, stop.name, stop.lat, stop.lon),
                walk(child, stop, to.walkMetres, locale), leg(routes.findById(to.routeId), stop.id, child.schoolId),
                from == null ? null : leg(routes.findById(from.routeId), stop.id, child.schoolId));
    }

    /**
     * Where each of these children of the school stands on its published plan, without walks and times: for a summary
     * of many children at once (the bulk import). The caller has checked that it may see the school.
     */
    public Map<Long, AssignmentView> placements(long schoolId, List<Long> childIds) {
        Map<Long, AssignmentView> placed = new LinkedHashMap<>();
        Optional<PublishedPlan> plan = published.findByIdOptional(schoolId);
        if (plan.isEmpty()) {
            childIds.forEach(id -> placed.put(id, waiting(id, null, WaitReason.NO_ROUTE_FOR_SCHOOL)));
            return placed;
        }
        long planId = plan.get().planId;
        Map<Long, Assignment> seats = new HashMap<>();
        for (int from = 0; from < childIds.size(); from += IN_LIST_SIZE) {
            Hql.of("planId = ?1 and direction = ?2 and childId in ?3", planId, Direction.TO_SCHOOL,
                    childIds.subList(from, Math.min(childIds.size(), from + IN_LIST_SIZE))).list(assignments)
                    .forEach(a -> seats.put(a.childId, a));
        }
        Map<Long, BusStop> stopsById = new HashMap<>();
        List<Long> stopIds = seats.values().stream().filter(Assignment::seated).map(a -> a.stopId).distinct().toList();
        if (!stopIds.isEmpty()) {
            Hql.of("id in ?1", stopIds).list(stops).forEach(s -> stopsById.put(s.id, s));
        }
        for (long id : childIds) {
            Assignment a = seats.get(id);
            if (a == null) {
                placed.put(id, new AssignmentView(id, "PENDING", null, null, planId, null, null, null, null));
            } else if (!a.seated()) {
                placed.put(id, waiting(id, planId, a.waitlistReason));
            } else {
                BusStop stop = stopsById.get(a.stopId);
                placed.put(id, new AssignmentView(id, "SEATED", null, null, planId,
                        new AssignmentView.StopPlace(stop.id, stop.name, stop.lat, stop.lon), null, null, null));
            }
        }
        return placed;
    }

    private static AssignmentView waiting(long childId, Long planId, WaitReason reason) {
        return new AssignmentView(childId, "WAITLISTED", reason, AssignmentView.explain(reason), planId, null, null,
                null, null);
    }

    private AssignmentView.Walk walk(Child child, BusStop stop, double metres, Locale locale) {
        try {
            RouteView walk = routing.keptRoute(new GeoPoint(child.homeLat, child.homeLon), stop.point(),
                    TravelProfile.CHILD_WALK, locale);
            return new AssignmentView.Walk(walk.distanceMeters(), walk.durationSeconds(),
                    new RouteDetailView.Line("LineString", walk.geometry().coordinates()));
        } catch (ProblemException e) {
            // The seat was matched on the same map; if the walk cannot be drawn now, the distance still stands.
            return new AssignmentView.Walk(metres, metres / (4000 / 3600.0), null);
        }
    }

    /** The child's leg: at their stop, and at their own school (a shared route serves others too). */
    private AssignmentView.Leg leg(Route route, long stopId, long schoolId) {
        Vehicle vehicle = vehicles.findById(route.vehicleId);
        Integer at = LoadedPlan.timeAt(route, stopId);
        return new AssignmentView.Leg(route.id, route.name, at == null ? null : RouteDetailView.time(at),
                RouteDetailView.time(route.timeAt(schoolId)), vehicle.plate, vehicle.kind.name(), route.stops.size());
    }
}
