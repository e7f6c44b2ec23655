package org.schoolshuttle.roster;

import org.schoolshuttle.route.Direction;

import java.time.LocalDate;

/** @param driverId {@code null} when nobody fit and free could take the duty */
public record DutyView(long id, LocalDate date, Direction direction, long schoolId, long vehicleId, String routeName,
                       Long driverId, String driverName, boolean swapRequested) {
}
