package org.schoolshuttle.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.school.School;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what a school's plan depends on from the database: its children, the vehicles given, the village's stops. */
@ApplicationScoped
public class SchoolDemandReader {

    private final ChildRepository children;
    private final BusStopRepository stops;
    private final DriverRepository drivers;
    private final RouteConfig config;

    SchoolDemandReader(ChildRepository children, BusStopRepository stops, DriverRepository drivers, RouteConfig config) {
        this.children = children;
        this.drivers = drivers;
        this.stops = stops;
        this.config = config;
    }

    /** Active children of the school who have a home on the map. */
    public List<Child> riders(long schoolId) {
        return children.list("schoolId = ?1 and status = ?2 and homeLat is not null order by id", schoolId,
                ChildStatus.ACTIVE);
    }

    /** Active children of the school whose home is not on the map (registered before it covered them). */
    public List<Long> homeless(long schoolId) {
        return children.list("schoolId = ?1 and status = ?2 and homeLat is null order by id", schoolId,
                ChildStatus.ACTIVE).stream().map(c -> c.id).toList();
    }

    public SchoolDemand read(School school, List<Vehicle> vehicles) {
        Map<Long, Long> current = currentStops(school.id);
        List<SchoolDemand.Pupil> pupils = riders(school.id).stream()
                .map(c -> pupil(school, c, current.get(c.id))).toList();
        List<SchoolDemand.Bus> buses = vehicles.stream()
                .map(v -> new SchoolDemand.Bus(v.id, v.childSeats, v.wheelchairPlaces, v.boosterSeats, base(v))).toList();
        List<SchoolDemand.KnownStop> known = stops.list("villageId", school.villageId).stream()
                .map(s -> new SchoolDemand.KnownStop(s.id, s.point(), s.name)).toList();
        return new SchoolDemand(new GeoPoint(school.lat, school.lon), arriveEarliest(school), arriveLatest(school),
                leave(school), pupils, buses, known, dwell());
    }

    /** Where the vehicle is kept: its depot if given, else its owner driver's home, else unknown. */
    GeoPoint base(Vehicle v) {
        if (v.baseLat != null) {
            return new GeoPoint(v.baseLat, v.baseLon);
        }
        Driver owner = v.ownerDriverId == null ? null : drivers.findById(v.ownerDriverId);
        return owner == null || owner.homeLat == null ? null : new GeoPoint(owner.homeLat, owner.homeLon);
    }

    SchoolDemand.Pupil pupil(School school, Child c) {
        return pupil(school, c, null);
    }

    private SchoolDemand.Pupil pupil(School school, Child c, Long currentStop) {
        return new SchoolDemand.Pupil(c.id, new GeoPoint(c.homeLat, c.homeLon), school.walkLimitFor(c.grade),
                rideLimitSeconds(), c.needsWheelchair, c.needsBooster, currentStop,
                c.pinLat == null ? null : new GeoPoint(c.pinLat, c.pinLon));
    }

    /** The stop each child boards at in the school's published plan. */
    private Map<Long, Long> currentStops(long schoolId) {
        Map<Long, Long> current = new HashMap<>();
        children.getEntityManager().createQuery("select a.childId, a.stopId from Assignment a, PublishedPlan p"
                        + " where p.schoolId = :school and a.planId = p.planId and a.direction = :direction"
                        + " and a.stopId is not null", Object[].class)
                .setParameter("school", schoolId).setParameter("direction", Direction.TO_SCHOOL).getResultList()
                .forEach(row -> current.put((Long) row[0], (Long) row[1]));
        return current;
    }

    int rideLimitSeconds() {
        return config.rideLimitMinutes() * 60;
    }

    SchoolDemand.Dwell dwell() {
        return new SchoolDemand.Dwell(config.dwellSeconds(), config.dwellSecondsPerChild());
    }

    int arriveEarliest(School school) {
        return school.morningBell.toSecondOfDay() - config.arriveEarliestMinutesBeforeBell() * 60;
    }

    int arriveLatest(School school) {
        return school.morningBell.toSecondOfDay() - config.arriveLatestMinutesBeforeBell() * 60;
    }

    int leave(School school) {
        return school.afternoonDismissal.toSecondOfDay() + config.leaveMinutesAfterDismissal() * 60;
    }
}
