package org.schoolshuttle.fleet;

import org.schoolshuttle.common.Coordinates;

import java.time.LocalDate;
import java.util.List;

public record DriverView(long id, long villageId, String givenName, String familyName, String phone, Driver.Kind kind,
                         Long employerSponsorId, String licenceClass, LocalDate licenceExpiry,
                         LocalDate backgroundCheckOn, LocalDate backgroundCheckExpiry, LocalDate trainingOn,
                         Coordinates home, List<AvailabilitySlot> availability) {

    static DriverView from(Driver d) {
        Coordinates home = d.homeLat == null || d.homeLon == null ? null : Coordinates.of(d.homeLat, d.homeLon);
        List<AvailabilitySlot> week = d.availability.stream().map(AvailabilitySlot::from).sorted(AvailabilitySlot.WEEK_ORDER).toList();
        return new DriverView(d.id, d.villageId, d.givenName, d.familyName, d.phone, d.kind, d.employerSponsorId,
                d.licenceClass, d.licenceExpiry, d.backgroundCheckOn, d.backgroundCheckExpiry, d.trainingOn, home, week);
    }
}
