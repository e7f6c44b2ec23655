package org.schoolshuttle.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.FundingModel;
import org.schoolshuttle.route.PublishedPlan;
import org.schoolshuttle.route.PublishedPlanChanged;
import org.schoolshuttle.route.PublishedPlanRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a village's roster for a span of days: every COMMUNITY_VOLUNTEER route of each published plan, every
 * school day, gets a volunteer who may take it; of those, the one with the fewest drives that month (then
 * fewest in all), so the load is shared. A volunteer's own car goes only to its owner. A duty already given stays with its volunteer while they still may take
 * it; filling again changes nothing else.
 */
@ApplicationScoped
public class RosterPlanner {

    /** How many duties the filling gave, and how many are left without anyone. */
    public record Filled(int assigned, int gaps) {
    }

    private final RosterDutyRepository duties;
    private final SchoolRepository schools;
    private final PublishedPlanRepository published;
    private final RouteRepository routes;
    private final DriverRepository drivers;
    private final VehicleRepository vehicles;
    private final Volunteers volunteers;
    private final Event<PublishedPlanChanged> changed;
    private final Clock clock;

    RosterPlanner(RosterDutyRepository duties, SchoolRepository schools, PublishedPlanRepository published,
                  RouteRepository routes, DriverRepository drivers, VehicleRepository vehicles, Volunteers volunteers,
                  Event<PublishedPlanChanged> changed, Clock clock) {
        this.vehicles = vehicles;
        this.duties = duties;
        this.schools = schools;
        this.published = published;
        this.routes = routes;
        this.drivers = drivers;
        this.volunteers = volunteers;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public Filled fill(long villageId, LocalDate from, LocalDate to) {
        Filling filling = new Filling(villageId);
        // Volunteers' own cars first, so an owner is kept for their car before the shared vehicles are shared out.
        List<Slot> slots = new java.util.ArrayList<>();
        java.util.Map<Long, School> byId = new java.util.HashMap<>();
        List<School> village = schools.list("villageId = ?1 order by id", villageId);
        village.forEach(s -> byId.put(s.id, s));
        for (School school : village) {
            PublishedPlan plan = published.findById(school.id);
            if (plan == null) {
                continue;
            }
            // A shared plan's routes are rostered once, with the first school they reach (the route's own).
            for (Route route : routes.list("planId = ?1 and fundingModel = ?2 and schoolId = ?3 order by id", plan.planId,
                    FundingModel.COMMUNITY_VOLUNTEER, school.id)) {
                slots.add(new Slot(school, route, vehicles.findById(route.vehicleId).ownerDriverId));
            }
        }
        slots.sort(Comparator.comparing((Slot slot) -> slot.owner() == null));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Slot slot : slots) {
                if (open(slot.route(), slot.school(), byId, day)) {
                    filling.place(slot, day);
                }
            }
        }
        // Runs already generated for those days take the new volunteer.
        filling.touchedSchools.forEach(id -> changed.fire(new PublishedPlanChanged(id)));
        return new Filled(filling.assigned, filling.gaps);
    }

    /** Whether a school the route serves has classes that day (a shared route runs while one of its schools does). */
    private static boolean open(Route route, School school, java.util.Map<Long, School> byId, LocalDate day) {
        return route.schools.isEmpty() ? school.isSchoolDay(day)
                : route.schools.stream().map(s -> byId.get(s.schoolId)).anyMatch(s -> s != null && s.isSchoolDay(day));
    }

    /** A volunteer route of a school; {@code owner} is the volunteer whose own car it is, if any. */
    private record Slot(School school, Route route, Long owner) {
    }

    /** One filling under way: the volunteers, their drives so far, and what changed. */
    private final class Filling {
        final long villageId;
        final List<Driver> pool;
        final Map<String, Integer> monthly = new HashMap<>();
        final Map<Long, Long> overall = new HashMap<>();
        final Set<Long> touchedSchools = new HashSet<>();
        int assigned;
        int gaps;

        Filling(long villageId) {
            this.villageId = villageId;
            // The village's volunteers, and the owners of the volunteers' cars on its plans wherever they live.
            pool = drivers.list("kind = ?1 and (villageId = ?2 or id in (select v.ownerDriverId from Vehicle v, Route r, "
                    + "PublishedPlan p, School s where r.vehicleId = v.id and r.planId = p.planId and p.schoolId = s.id "
                    + "and s.villageId = ?2)) order by id", Driver.Kind.VOLUNTEER, villageId);
            for (Driver d : pool) {
                overall.put(d.id, duties.count("driverId", d.id));
            }
        }

        void place(Slot slot, LocalDate day) {
            Route route = slot.route();
            RosterDuty duty = duties.find("schoolId = ?1 and vehicleId = ?2 and direction = ?3 and serviceDate = ?4",
                    slot.school().id, route.vehicleId, route.direction, day).firstResult();
            if (duty == null) {
                duty = new RosterDuty();
                duty.villageId = villageId;
                duty.schoolId = slot.school().id;
                duty.vehicleId = route.vehicleId;
                duty.direction = route.direction;
                duty.serviceDate = day;
                duty.assignedAt = clock.instant();
            }
            duty.routeName = route.name;
            if (duty.driverId != null && volunteers.whyNot(drivers.findById(duty.driverId), duty) == null) {
                if (duty.id == null) {
                    duties.persist(duty);
                }
                return;
            }
            if (slot.owner() != null) {
                freeOwner(slot.owner(), duty);
            }
            Long before = duty.driverId;
            RosterDuty open = duty;
            // A volunteer's own car is driven by its owner, or by nobody until the coordinator says so.
            Driver chosen = pool.stream()
                    .filter(d -> slot.owner() == null || slot.owner().equals(d.id))
                    .filter(d -> volunteers.whyNot(d, open) == null)
                    .min(Comparator.comparingInt((Driver d) -> drivesInMonth(monthly, d.id, open.serviceDate))
                            .thenComparingLong(d -> overall.getOrDefault(d.id, 0L))
                            .thenComparingLong(d -> d.id))
                    .orElse(null);
            duty.driverId = chosen == null ? null : chosen.id;
            duty.swapRequestedAt = null;
            duty.assignedAt = clock.instant();
            if (duty.id == null) {
                duties.persist(duty);
            }
            // The duty is counted at once, so the next choice sees it.
            duties.flush();
            if (chosen != null) {
                monthly.merge(key(chosen.id, day), 1, Integer::sum);
                overall.merge(chosen.id, 1L, Long::sum);
                assigned++;
            } else {
                gaps++;
            }
            if (!java.util.Objects.equals(before, duty.driverId)) {
                touchedSchools.add(slot.school().id);
            }
        }

        /** The owner's duty on a shared vehicle at the same time goes back to be shared out again. */
        private void freeOwner(long owner, RosterDuty own) {
            for (RosterDuty other : duties.list("driverId = ?1 and serviceDate = ?2 and direction = ?3 and vehicleId <> ?4",
                    owner, own.serviceDate, own.direction, own.vehicleId)) {
                if (vehicles.findById(other.vehicleId).ownerDriverId == null) {
                    other.driverId = null;
                    drivesInMonth(monthly, owner, own.serviceDate);
                    monthly.merge(key(owner, own.serviceDate), -1, Integer::sum);
                    overall.merge(owner, -1L, Long::sum);
                    touchedSchools.add(other.schoolId);
                }
            }
            duties.flush();
        }
    }

    private int drivesInMonth(Map<String, Integer> monthly, long driverId, LocalDate day) {
        return monthly.computeIfAbsent(key(driverId, day), k -> {
            YearMonth month = YearMonth.from(day);
            return (int) duties.count("driverId = ?1 and serviceDate >= ?2 and serviceDate <= ?3", driverId,
                    month.atDay(1), month.atEndOfMonth());
        });
    }

    private static String key(long driverId, LocalDate day) {
        return driverId + "@" + YearMonth.from(day);
    }
}
