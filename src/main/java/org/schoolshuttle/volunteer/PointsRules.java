package org.schoolshuttle.volunteer;

import java.time.LocalTime;

/**
 * What a village's points scheme gives, and the arithmetic of one volunteer's month. Hours give points pro rata
 * (the month's minutes times the points per hour, divided by 60, rounded down); each run started before
 * {@code earlyBefore} gives the early bonus; the full-month and clean-record bonuses are given once the month is
 * over, to a volunteer who served on at least one run that month.
 *
 * @param earlyBefore local time of day in the village's time zone
 */
public record PointsRules(int pointsPerHour, int earlyRunBonus, LocalTime earlyBefore, int fullMonthBonus,
                          int cleanRecordBonus) {

    /** @param settled whether the month is over, so its monthly bonuses are given or not for good */
    public MonthPoints points(MonthRecord m, boolean settled) {
        int hourPoints = (int) ((long) m.minutes() * pointsPerHour / 60);
        int early = (int) m.runStarts().stream().filter(t -> t.isBefore(earlyBefore)).count();
        boolean served = !m.runStarts().isEmpty();
        boolean fullMonth = served && m.missedRuns() == 0;
        boolean cleanRecord = served && m.safetyAlerts() == 0;
        int full = settled && fullMonth ? fullMonthBonus : 0;
        int clean = settled && cleanRecord ? cleanRecordBonus : 0;
        return new MonthPoints(m.month(), settled, m.minutes(), m.runStarts().size(), early, m.missedRuns(),
                m.safetyAlerts(), hourPoints, early * earlyRunBonus, fullMonth, full, cleanRecord, clean,
                hourPoints + early * earlyRunBonus + full + clean);
    }
}
