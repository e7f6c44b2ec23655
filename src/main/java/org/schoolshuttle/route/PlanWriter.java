package org.schoolshuttle.route;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.routing.Waypoint;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.SchoolPlan;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.school.School;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stores a computed plan as a draft: its stops, both directions of every route, every child's seat or reason. */
@ApplicationScoped
public class PlanWriter {

    private final BusStopRepository stops;
    private final RouteRepository routes;
    private final AssignmentRepository assignments;
    private final SponsorRepository sponsors;
    private final RouteGeometry geometry;
    private final Clock clock;

    PlanWriter(BusStopRepository stops, RouteRepository routes, AssignmentRepository assignments,
               SponsorRepository sponsors, RouteGeometry geometry, Clock clock) {
        this.stops = stops;
        this.routes = routes;
        this.assignments = assignments;
        this.sponsors = sponsors;
        this.geometry = geometry;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(RoutePlan plan, School school, SchoolDemand demand, SchoolPlan computed,
                      Map<Long, Vehicle> vehicles, Map<Long, WaitReason> alsoWaiting) {
        write(plan, List.of(school), List.of(demand), computed, vehicles, alsoWaiting);
    }

    /**
     * A plan over several schools ({@link org.schoolshuttle.planning.SharedTrips}): a route's visits name schools
     * by their index in {@code schools}; a route without visits serves the first school alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(RoutePlan plan, List<School> schools, List<SchoolDemand> demands, SchoolPlan computed,
                      Map<Long, Vehicle> vehicles, Map<Long, WaitReason> alsoWaiting) {
        Instant now = clock.instant();
        long villageId = schools.get(0).villageId;
        List<Route[]> stored = new ArrayList<>();
        List<List<Long>> stopIds = new ArrayList<>();
        Map<GeoPoint, Long> created = new java.util.HashMap<>();
        int number = 1;
        for (SchoolPlan.BusRoute bus : computed.routes()) {
            List<SchoolPlan.SchoolVisit> visits = bus.visits().isEmpty()
                    ? List.of(new SchoolPlan.SchoolVisit(0, bus.morningArrival(), demands.get(0).afternoonLeave()))
                    : bus.visits();
            List<Long> ids = new ArrayList<>();
            List<Waypoint> morningPoints = new ArrayList<>();
            for (SchoolPlan.TimedStop s : bus.stops()) {
                // A new stop two vehicles serve is one stop, created once.
                ids.add(s.knownStopId() != null ? s.knownStopId()
                        : created.computeIfAbsent(s.point(), p -> newStop(villageId, s, now).id));
                morningPoints.add(new Waypoint(s.point(), s.side()));
            }
            visits.forEach(v -> morningPoints.add(Waypoint.at(pointOf(schools.get(v.school())))));
            List<Waypoint> afternoonPoints = new ArrayList<>();
            for (int j = visits.size() - 1; j >= 0; j--) {
                afternoonPoints.add(Waypoint.at(pointOf(schools.get(visits.get(j).school()))));
            }
            bus.afternoonOrder().forEach(k -> afternoonPoints.add(new Waypoint(bus.stops().get(k).point(),
                    bus.stops().get(k).side())));
            Vehicle vehicle = vehicles.get(bus.busId());
            // The morning route starts where the vehicle is kept; the afternoon route ends there.
            GeoPoint base = demands.get(0).buses().stream().filter(b -> b.id() == vehicle.id).findFirst()
                    .map(SchoolDemand.Bus::base).orElse(null);
            if (base != null) {
                morningPoints.add(0, Waypoint.at(base));
                afternoonPoints.add(Waypoint.at(base));
            }
            School first = schools.get(visits.get(0).school());
            Route to = route(plan, first, vehicle, Direction.TO_SCHOOL, "Route " + number + " to school", bus);
            to.schoolTime = bus.morningArrival();
            to.driveSeconds = (int) Math.round(bus.seconds());
            to.geometry = geometry.along(morningPoints);
            for (int k = 0; k < ids.size(); k++) {
                to.stops.add(new RouteStop(ids.get(k), bus.stops().get(k).morningTime(), bus.stops().get(k).side()));
            }
            visits.forEach(v -> to.schools.add(new RouteSchool(schools.get(v.school()).id, v.morningArrival())));
            Route from = route(plan, first, vehicle, Direction.FROM_SCHOOL, "Route " + number + " from school", bus);
            int leaves = visits.stream().mapToInt(SchoolPlan.SchoolVisit::afternoonLeave).min().orElseThrow();
            from.schoolTime = leaves;
            from.metres = bus.afternoonMetres();
            from.driveSeconds = bus.afternoonReturn() - leaves;
            from.geometry = geometry.along(afternoonPoints);
            for (int k : bus.afternoonOrder()) {
                from.stops.add(new RouteStop(ids.get(k), bus.stops().get(k).afternoonTime(), bus.stops().get(k).side()));
            }
            for (int j = visits.size() - 1; j >= 0; j--) {
                from.schools.add(new RouteSchool(schools.get(visits.get(j).school()).id, visits.get(j).afternoonLeave()));
            }
            routes.persist(to);
            routes.persist(from);
            stored.add(new Route[] {to, from});
            stopIds.add(ids);
            number++;
        }
        computed.seats().forEach((child, seat) -> {
            Route[] pair = stored.get(seat.route());
            long stop = stopIds.get(seat.route()).get(seat.stop());
            assignments.persist(Assignment.seat(plan.id, child, Direction.TO_SCHOOL, pair[0].id, stop, seat.walkMetres(), now));
            assignments.persist(Assignment.seat(plan.id, child, Direction.FROM_SCHOOL, pair[1].id, stop, seat.walkMetres(), now));
        });
        computed.waiting().forEach((child, reason) -> waitBothWays(plan.id, child, reason, now));
        alsoWaiting.forEach((child, reason) -> waitBothWays(plan.id, child, reason, now));
    }

    private static GeoPoint pointOf(School school) {
        return new GeoPoint(school.lat, school.lon);
    }

    private void waitBothWays(long planId, long child, WaitReason reason, Instant now) {
        assignments.persist(Assignment.waiting(planId, child, Direction.TO_SCHOOL, reason, now));
        assignments.persist(Assignment.waiting(planId, child, Direction.FROM_SCHOOL, reason, now));
    }

    private BusStop newStop(long villageId, SchoolPlan.TimedStop s, Instant now) {
        BusStop stop = new BusStop();
        stop.villageId = villageId;
        stop.name = s.name() == null || s.name().isBlank() ? "Stop " + String.format(java.util.Locale.ROOT, "%.4f, %.4f",
                s.point().lat(), s.point().lon()) : s.name();
        stop.lat = s.point().lat();
        stop.lon = s.point().lon();
        stop.createdAt = now;
        stops.persist(stop);
        return stop;
    }

    private Route route(RoutePlan plan, School school, Vehicle vehicle, Direction direction, String name,
                        SchoolPlan.BusRoute bus) {
        Route r = new Route();
        r.planId = plan.id;
        r.schoolId = school.id;
        r.direction = direction;
        r.name = name;
        r.vehicleId = vehicle.id;
        r.driverId = vehicle.ownerDriverId;
        r.seats = vehicle.childSeats;
        r.wheelchairPlaces = vehicle.wheelchairPlaces;
        r.boosterSeats = vehicle.boosterSeats;
        r.metres = bus.metres();
        r.fundingModel = FundingModel.COMMUNITY_VOLUNTEER;
        if (vehicle.ownerSponsorId != null) {
            r.sponsorIds.add(vehicle.ownerSponsorId);
            Sponsor owner = sponsors.findById(vehicle.ownerSponsorId);
            r.fundingModel = funding(owner.kind);
        }
        return r;
    }

    /** A vehicle lent by a sponsor is funded the way that sponsor works; a volunteer's own car by volunteers. */
    static FundingModel funding(Sponsor.Kind kind) {
        return switch (kind) {
            case SOCIAL_ORGANISATION -> FundingModel.SOCIAL_ORGANISATION;
            case COMPANY, CHARITY_FUND -> FundingModel.CHARITY_FUNDED;
            case VOLUNTEER_GROUP -> FundingModel.COMMUNITY_VOLUNTEER;
        };
    }
}
