package org.schoolshuttle.report;

import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.QueryValues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The days a report covers, both included; by default the twelve months up to today. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3 * 366;

    /**
     * @throws org.schoolshuttle.common.InvalidInputException when a date is not YYYY-MM-DD
     * @throws DomainRuleException when {@code to} is before {@code from} or the period is over three years
     */
    public static Period of(String fromText, String toText, LocalDate today) {
        LocalDate to = QueryValues.date(toText, "to");
        LocalDate from = QueryValues.date(fromText, "from");
        to = to == null ? today : to;
        from = from == null ? to.withDayOfMonth(1).minusMonths(11) : from;
        if (to.isBefore(from)) {
            throw new DomainRuleException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new DomainRuleException("from", "a report covers at most three years");
        }
        return new Period(from, to);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
