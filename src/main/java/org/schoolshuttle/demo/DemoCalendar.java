package org.schoolshuttle.demo;

import org.schoolshuttle.school.School;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/** A plausible Chinese school year around today: two terms, the National Day week off, and its make-up Saturday. */
final class DemoCalendar {

    private DemoCalendar() {
    }

    static void fill(School school, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int autumnYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        school.addTerm(autumnYear + " 秋季学期 Autumn", LocalDate.of(autumnYear, Month.SEPTEMBER, 1),
                LocalDate.of(autumnYear + 1, Month.JANUARY, 20));
        school.addTerm((autumnYear + 1) + " 春季学期 Spring", LocalDate.of(autumnYear + 1, Month.FEBRUARY, 20),
                LocalDate.of(autumnYear + 1, Month.JULY, 10));
        for (LocalDate day = LocalDate.of(autumnYear, Month.OCTOBER, 1); day.getDayOfMonth() <= 7; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                school.addDayException(day, false, "国庆节 National Day");
            }
        }
        LocalDate makeUp = LocalDate.of(autumnYear, Month.OCTOBER, 8);
        while (makeUp.getDayOfWeek() != DayOfWeek.SATURDAY) {
            makeUp = makeUp.plusDays(1);
        }
        school.addDayException(makeUp, true, "国庆调休 National Day make-up day");
    }
}
