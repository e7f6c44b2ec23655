package org.schoolshuttle.volunteer;

import org.schoolshuttle.common.InvalidInputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month in a query parameter: {@code 2026-11}. */
final class Months {

    private Months() {
    }

    /**
     * @return {@code null} when no month is given
     * @throws InvalidInputException when the text is not a month
     */
    static YearMonth parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month as YYYY-MM");
        }
    }
}
