package org.schoolshuttle.fleet;

import org.schoolshuttle.common.Coordinates;
import java.time.LocalDate;

public record VehicleView(long id, long villageId, String plate, Vehicle.Kind kind, int childSeats, int wheelchairPlaces,
                          int boosterSeats, LocalDate inspectionExpiry, LocalDate insuranceExpiry,
                          Long ownerSponsorId, Long ownerDriverId, Coordinates base) {

    static VehicleView from(Vehicle v) {
        return new VehicleView(v.id, v.villageId, v.plate, v.kind, v.childSeats, v.wheelchairPlaces, v.boosterSeats,
                v.inspectionExpiry, v.insuranceExpiry, v.ownerSponsorId, v.ownerDriverId,
                v.baseLat == null ? null : Coordinates.of(v.baseLat, v.baseLon));
    }
}
