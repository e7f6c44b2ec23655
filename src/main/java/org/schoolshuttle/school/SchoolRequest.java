package org.schoolshuttle.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolshuttle.common.Coordinates;

import java.time.LocalTime;
import java.util.Map;

/**
 * @param walkLimitMeters  how far children may walk to a stop, default 600
 * @param gradeWalkLimits  limits for particular grades, e.g. {@code {"1": 400}}
 */
public record SchoolRequest(
        @NotNull(message = "is required") Long villageId,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String nameZh,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String nameEn,
        @NotNull(message = "is required") @Valid Coordinates location,
        @NotNull(message = "is required, as HH:MM") LocalTime morningBell,
        @NotNull(message = "is required, as HH:MM") LocalTime afternoonDismissal,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 12, message = "must be at most 12") Integer lowestGrade,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 12, message = "must be at most 12") Integer highestGrade,
        @Min(value = 50, message = "must be at least 50") @Max(value = 5000, message = "must be at most 5000") Integer walkLimitMeters,
        Map<Integer, Integer> gradeWalkLimits) {
}
