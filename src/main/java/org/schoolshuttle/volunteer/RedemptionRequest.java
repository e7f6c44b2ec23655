package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reward given to a volunteer of the village for their points.
 *
 * @param item   what the item was; required for an ITEM
 * @param amount yuan taken from the pool: the money given (required for MONEY), or what the item cost (0 or left
 *               out for an item given in kind)
 */
public record RedemptionRequest(
        @NotNull(message = "is required: DRIVER or ESCORT") VolunteerKind volunteerKind,
        @NotNull(message = "is required") Long volunteerId,
        @NotNull(message = "is required: ITEM or MONEY") RewardRedemption.Reward reward,
        @Size(max = 200, message = "must be at most 200 characters") String item,
        @DecimalMin(value = "0.00", message = "must be 0 or more")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in yuan with at most 2 decimals") BigDecimal amount,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000000, message = "must be at most 1000000") Integer points,
        @NotNull(message = "is required, as YYYY-MM-DD") LocalDate redeemedOn,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
