package org.schoolshuttle.roster;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record AwayDayRequest(@NotNull(message = "is required") LocalDate day) {
}
