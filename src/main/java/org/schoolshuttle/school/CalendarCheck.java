package org.schoolshuttle.school;

import org.schoolshuttle.common.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a whole calendar before anything is stored, naming the first entry at fault. */
final class CalendarCheck {

    private final CalendarRequest request;

    CalendarCheck(CalendarRequest request) {
        this.request = request;
    }

    List<Term> terms() {
        List<CalendarRequest.TermDates> given = request.terms();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CalendarRequest.TermDates t = given.get(i);
            if (t.endsOn().isBefore(t.startsOn())) {
                throw new InvalidInputException("terms[" + i + "].endsOn", "must not be before startsOn");
            }
            for (Term earlier : terms) {
                if (!t.startsOn().isAfter(earlier.endsOn) && !t.endsOn().isBefore(earlier.startsOn)) {
                    throw new InvalidInputException("terms[" + i + "]", "overlaps the term '" + earlier.name + "'");
                }
            }
            terms.add(new Term(t.name().trim(), t.startsOn(), t.endsOn()));
        }
        return terms;
    }

    List<DayException> exceptions() {
        List<DayException> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        addDays(days, seen, SchoolService.orEmpty(request.holidays()), "holidays", DayException.Kind.HOLIDAY);
        addDays(days, seen, SchoolService.orEmpty(request.makeUpDays()), "makeUpDays", DayException.Kind.MAKE_UP);
        return days;
    }

    private static void addDays(List<DayException> into, Set<LocalDate> seen, List<CalendarRequest.Day> given,
                                String field, DayException.Kind kind) {
        for (int i = 0; i < given.size(); i++) {
            LocalDate date = given.get(i).date();
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayException.Kind.MAKE_UP && !weekend) {
                throw new InvalidInputException(field + "[" + i + "].date", "is a weekday; a make-up day is a Saturday or Sunday with school");
            }
            if (kind == DayException.Kind.HOLIDAY && weekend) {
                throw new InvalidInputException(field + "[" + i + "].date", "is a weekend day, which has no school anyway");
            }
            if (!seen.add(date)) {
                throw new InvalidInputException(field + "[" + i + "].date", "is listed twice");
            }
            into.add(new DayException(date, kind, given.get(i).note()));
        }
    }
}
