package org.schoolshuttle.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Exactly one of {@code routeId} (a route of a published plan) and {@code vehicleId}; at least one of
 * {@code seatsCommitted} and {@code amountCommitted} (yuan, two decimals at most).
 *
 * @param endsOn the last day covered; open-ended when not given
 */
public record SponsorshipRequest(
        @NotNull(message = "is required") Long sponsorId,
        Long routeId,
        Long vehicleId,
        @NotNull(message = "is required: the first day the sponsorship covers") LocalDate startsOn,
        LocalDate endsOn,
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer seatsCommitted,
        @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in yuan with at most 2 decimals") BigDecimal amountCommitted,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
