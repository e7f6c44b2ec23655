package org.schoolshuttle.roster;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.route.Direction;

import java.time.LocalDate;
import java.util.Optional;

/** Who the roster has driving a route on a day, for the runs generated from it. */
@ApplicationScoped
public class Roster {

    private final RosterDutyRepository duties;

    Roster(RosterDutyRepository duties) {
        this.duties = duties;
    }

    /**
     * @return empty when the roster has no duty for it (not filled that far); else the duty, whose driver is
     *         {@code null} when nobody fit and free could take it
     */
    public Optional<RosterDuty> duty(long schoolId, long vehicleId, Direction direction, LocalDate day) {
        return duties.find("schoolId = ?1 and vehicleId = ?2 and direction = ?3 and serviceDate = ?4", schoolId,
                vehicleId, direction, day).firstResultOptional();
    }
}
