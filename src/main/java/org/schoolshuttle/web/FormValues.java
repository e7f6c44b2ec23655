package org.schoolshuttle.web;

import org.schoolshuttle.common.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Form fields arrive as text: each is read into the type the request record needs, an empty field as {@code null}
 * (bean validation then says it is required), and text that is not of the type refused naming the field.
 */
final class FormValues {

    private FormValues() {
    }

    static String text(String s) {
        return ChildForm.trim(s);
    }

    static Integer whole(String s, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    static Long id(String s, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be chosen from the list");
        }
    }

    /** Yuan, as typed: {@code 12.5} or {@code 12,50}. */
    static BigDecimal amount(String s, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be an amount in yuan, such as 12.50");
        }
    }

    static LocalDate date(String s, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date, as YYYY-MM-DD");
        }
    }

    static LocalTime time(String s, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return LocalTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time of day, as HH:MM");
        }
    }

    static <E extends Enum<E>> E choice(String s, Class<E> type, String field) {
        if (ChildForm.blank(s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be chosen from the list");
        }
    }
}
