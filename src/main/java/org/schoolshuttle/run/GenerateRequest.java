package org.schoolshuttle.run;

import java.time.LocalDate;

/** @param date the school day to generate; the school's next school day when not given */
public record GenerateRequest(LocalDate date) {
}
