package org.schoolshuttle.live;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Positions from the driver's phone, oldest first or not: each is placed by its own time. */
public record PositionBatch(@NotNull(message = "is required")
                            @Size(min = 1, max = 200, message = "must hold 1 to 200 positions")
                            List<@Valid @NotNull(message = "must not be null") Position> positions) {

    /** @param accuracy the phone's accuracy estimate, metres */
    public record Position(@NotNull(message = "is required: the phone's time of the fix") Instant at,
                           @NotNull(message = "is required") @DecimalMin(value = "-90", message = "must be at least -90")
                           @DecimalMax(value = "90", message = "must be at most 90") Double lat,
                           @NotNull(message = "is required") @DecimalMin(value = "-180", message = "must be at least -180")
                           @DecimalMax(value = "180", message = "must be at most 180") Double lon,
                           @PositiveOrZero(message = "must be zero or more metres")
                           @DecimalMax(value = "100000", message = "must be at most 100000 metres") Double accuracy) {
    }
}
