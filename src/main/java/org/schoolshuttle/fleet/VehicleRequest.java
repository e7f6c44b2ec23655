package org.schoolshuttle.fleet;

import jakarta.validation.Valid;
import org.schoolshuttle.common.Coordinates;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param villageId      the vehicle's village; it cannot change once the vehicle exists
 * @param plate          unique; spaces, dashes and the middle dot are ignored (鄂A·12345 = 鄂A12345)
 * @param childSeats     the seats children may use: the hard capacity limit of any route it drives
 * @param boosterSeats   how many of the child seats are booster seats; absent means 0, as for wheelchair places
 * @param ownerSponsorId the owner if a sponsor; exactly one of the two owners must be given
 * @param ownerDriverId  the owner if one of the village's drivers
 * @param base           where the vehicle is kept overnight (a company's depot), where its routes start and end;
 *                       absent for a car kept at its owner driver's home
 */
public record VehicleRequest(
        @NotNull(message = "is required") Long villageId,
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String plate,
        @NotNull(message = "is required") Vehicle.Kind kind,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") Integer childSeats,
        @Min(value = 0, message = "must be 0 or more") Integer wheelchairPlaces,
        @Min(value = 0, message = "must be 0 or more") Integer boosterSeats,
        @NotNull(message = "is required") LocalDate inspectionExpiry,
        @NotNull(message = "is required") LocalDate insuranceExpiry,
        Long ownerSponsorId,
        Long ownerDriverId,
        @Valid Coordinates base) {
}
