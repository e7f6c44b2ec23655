package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Hours a coordinator records by hand: service that is not a run (runs credit themselves when completed).
 *
 * @param note what the hours were for ("first-aid training at the township clinic")
 */
public record HoursRequest(
        @NotNull(message = "is required: TRAINING, VEHICLE_CHECK or OTHER") Kind kind,
        @NotNull(message = "is required, as YYYY-MM-DD") LocalDate serviceDate,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 720, message = "must be at most 720 (12 hours)") Integer minutes,
        @NotBlank(message = "is required: what the hours were for")
        @Size(max = 500, message = "must be at most 500 characters") String note) {

    /** What may be recorded by hand. */
    public enum Kind { TRAINING, VEHICLE_CHECK, OTHER }
}
