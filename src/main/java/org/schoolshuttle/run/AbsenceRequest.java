package org.schoolshuttle.run;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolshuttle.route.Direction;

import java.time.LocalDate;

/**
 * @param lastDay   the last day away; the first day when not given
 * @param direction TO_SCHOOL or FROM_SCHOOL; both when not given
 */
public record AbsenceRequest(@NotNull(message = "is required: the first day the child will not ride") LocalDate firstDay,
                             LocalDate lastDay,
                             Direction direction,
                             @Size(max = 500, message = "must be at most 500 characters") String note) {
}
