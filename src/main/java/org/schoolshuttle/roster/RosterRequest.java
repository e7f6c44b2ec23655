package org.schoolshuttle.roster;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Days to fill the roster for, both included. */
public record RosterRequest(@NotNull(message = "is required") LocalDate from,
                            @NotNull(message = "is required") LocalDate to) {
}
