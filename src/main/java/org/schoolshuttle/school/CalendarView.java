package org.schoolshuttle.school;

import java.util.List;

public record CalendarView(long schoolId, List<CalendarRequest.TermDates> terms, List<CalendarRequest.Day> holidays,
                           List<CalendarRequest.Day> makeUpDays) {

    static CalendarView from(School s) {
        return new CalendarView(s.id,
                s.terms.stream().map(t -> new CalendarRequest.TermDates(t.name, t.startsOn, t.endsOn))
                        .sorted((a, b) -> a.startsOn().compareTo(b.startsOn())).toList(),
                days(s, DayException.Kind.HOLIDAY), days(s, DayException.Kind.MAKE_UP));
    }

    private static List<CalendarRequest.Day> days(School s, DayException.Kind kind) {
        return s.dayExceptions.stream().filter(d -> d.kind == kind)
                .map(d -> new CalendarRequest.Day(d.day, d.note))
                .sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }
}
