package org.schoolshuttle.roster;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.fleet.Availability;
import org.schoolshuttle.fleet.Compliance;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.PartOfDay;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.Direction;

import java.time.LocalDate;

/** Who may take a roster duty: a volunteer of the village, fit that day, who drives then and is not away. */
@ApplicationScoped
class Volunteers {

    private final Compliance compliance;
    private final AwayDayRepository away;
    private final RosterDutyRepository duties;
    private final VehicleRepository vehicles;

    Volunteers(Compliance compliance, AwayDayRepository away, RosterDutyRepository duties, VehicleRepository vehicles) {
        this.vehicles = vehicles;
        this.compliance = compliance;
        this.away = away;
        this.duties = duties;
    }

    /** Why the volunteer may not take the duty, or {@code null} when they may. */
    String whyNot(Driver driver, RosterDuty duty) {
        // The owner of a car on the plan drives it, whichever village they live in.
        boolean owner = driver.id.equals(vehicles.findById(duty.vehicleId).ownerDriverId);
        if (driver.kind != Driver.Kind.VOLUNTEER || !owner && !driver.villageId.equals(duty.villageId)) {
            return "is not a volunteer driver of the village";
        }
        if (!compliance.ofDriver(driver.id, duty.serviceDate).fit()) {
            return "is not fit to drive on " + duty.serviceDate + ": "
                    + String.join("; ", compliance.ofDriver(driver.id, duty.serviceDate).reasons());
        }
        if (!drivesThen(driver, duty.serviceDate, duty.direction)) {
            return "does not drive on " + duty.serviceDate.getDayOfWeek() + " " + partOf(duty.direction);
        }
        if (away.findByIdOptional(new AwayDay.Key(driver.id, duty.serviceDate)).isPresent()) {
            return "is away on " + duty.serviceDate;
        }
        // Another route at the same part of the day, unless on the same vehicle: a vehicle's trips for two schools
        // were planned one after the other.
        long busy = duties.count("driverId = ?1 and serviceDate = ?2 and direction = ?3 and id <> ?4 and vehicleId <> ?5",
                driver.id, duty.serviceDate, duty.direction, duty.id == null ? -1L : duty.id, duty.vehicleId);
        return busy > 0 ? "already drives another route then" : null;
    }

    static boolean drivesThen(Driver driver, LocalDate day, Direction direction) {
        return driver.availability.contains(Availability.of(day.getDayOfWeek(), partOf(direction)));
    }

    static PartOfDay partOf(Direction direction) {
        return direction == Direction.TO_SCHOOL ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
    }
}
