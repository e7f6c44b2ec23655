package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalTime;

/**
 * A village's points scheme, as the coordinator sets it; it applies from the current month on.
 *
 * @param earlyBefore a run started before this local time ({@code "07:00"}) is an early-morning run
 */
public record PointsSchemeRequest(
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 1000, message = "must be at most 1000") Integer pointsPerHour,
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 1000, message = "must be at most 1000") Integer earlyRunBonus,
        @NotNull(message = "is required, as HH:MM") LocalTime earlyBefore,
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 10000, message = "must be at most 10000") Integer fullMonthBonus,
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 10000, message = "must be at most 10000") Integer cleanRecordBonus) {
}
