package org.schoolshuttle.volunteer;

import java.time.YearMonth;

/**
 * A volunteer's points for one month and where they come from.
 *
 * @param settled     the month is over: the monthly bonuses are given (or not) for good
 * @param fullMonth   served on a run and missed none (so far, while the month is not over)
 * @param cleanRecord served on a run and no safety alert on any (so far)
 * @param points      the month's total: hour points, early bonus, and the monthly bonuses once settled
 */
public record MonthPoints(YearMonth month, boolean settled, int minutes, int runs, int earlyRuns, int missedRuns,
                          int safetyAlerts, int hourPoints, int earlyBonus, boolean fullMonth, int fullMonthBonus,
                          boolean cleanRecord, int cleanRecordBonus, int points) {

    public java.math.BigDecimal hours() {
        return HoursFigure.of(minutes);
    }
}
