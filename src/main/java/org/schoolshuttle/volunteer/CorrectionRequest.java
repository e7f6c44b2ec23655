package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Corrects one entry of service hours: the new minutes replace the entry's (0 withdraws it), and the reason is kept.
 *
 * @param reason why ("the driver forgot to complete the run until the evening")
 */
public record CorrectionRequest(
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 720, message = "must be at most 720 (12 hours)") Integer minutes,
        @NotBlank(message = "is required: why the hours are corrected")
        @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
