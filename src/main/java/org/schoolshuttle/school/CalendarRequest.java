package org.schoolshuttle.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The whole term calendar of a school; it replaces the one stored. */
public record CalendarRequest(
        @NotNull(message = "is required") List<@Valid TermDates> terms,
        List<@Valid Day> holidays,
        List<@Valid Day> makeUpDays) {

    public record TermDates(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
                            @NotNull(message = "is required") LocalDate startsOn,
                            @NotNull(message = "is required") LocalDate endsOn) {
    }

    public record Day(@NotNull(message = "is required") LocalDate date,
                      @Size(max = 200, message = "must be at most 200 characters") String note) {
    }
}
