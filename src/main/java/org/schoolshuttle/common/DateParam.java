package org.schoolshuttle.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A calendar date in a query parameter, as {@code YYYY-MM-DD}. */
public final class DateParam {

    private DateParam() {
    }

    /** @throws InvalidInputException when the text is missing or not a date */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD, got '" + text + "'");
        }
    }
}
