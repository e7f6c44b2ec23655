package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money given to the village's reward pool.
 *
 * @param sponsorId one of the village's sponsors; {@code null} when the village gives from its own funds
 * @param amount    in yuan, with at most two decimals
 */
public record ContributionRequest(
        Long sponsorId,
        @NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in yuan with at most 2 decimals") BigDecimal amount,
        @NotNull(message = "is required, as YYYY-MM-DD") LocalDate contributedOn,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
