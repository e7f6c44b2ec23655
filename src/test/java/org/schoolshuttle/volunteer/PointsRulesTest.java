package org.schoolshuttle.volunteer;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of a month's points, on fixed months. */
class PointsRulesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final PointsRules RULES = new PointsRules(10, 5, LocalTime.of(7, 0), 50, 30);

    @Test
    void hoursGivePointsProRataRoundedDownOverTheMonth() {
        // 100 minutes at 10 points an hour: 16.67, so 16.
        MonthPoints m = RULES.points(new MonthRecord(NOVEMBER, 100, List.of(), 0, 0), true);
        assertEquals(16, m.hourPoints());
        assertEquals(16, m.points());
        assertEquals("1.7", m.hours().toPlainString());
    }

    @Test
    void eachRunStartedBeforeTheEarlyTimeEarnsTheEarlyBonus() {
        MonthPoints m = RULES.points(new MonthRecord(NOVEMBER, 90, List.of(LocalTime.of(6, 40), LocalTime.of(6, 59),
                LocalTime.of(7, 0), LocalTime.of(16, 30)), 0, 0), false);
        assertEquals(2, m.earlyRuns(), "07:00 itself is not before 07:00");
        assertEquals(10, m.earlyBonus());
        assertEquals(15 + 10, m.points(), "the month is not over: no monthly bonus yet");
        assertTrue(m.fullMonth() && m.cleanRecord(), "on course for both");
    }

    @Test
    void aMonthOverWithEveryRunDrivenAndNoAlertEarnsBothMonthlyBonuses() {
        MonthPoints m = RULES.points(new MonthRecord(NOVEMBER, 60, List.of(LocalTime.of(16, 30)), 0, 0), true);
        assertEquals(10 + 50 + 30, m.points());
        assertEquals(50, m.fullMonthBonus());
        assertEquals(30, m.cleanRecordBonus());
    }

    @Test
    void aMissedRunLosesTheFullMonthAndAnAlertTheCleanRecord() {
        MonthPoints missed = RULES.points(new MonthRecord(NOVEMBER, 60, List.of(LocalTime.of(16, 30)), 1, 0), true);
        assertFalse(missed.fullMonth());
        assertEquals(10 + 30, missed.points());
        MonthPoints alerted = RULES.points(new MonthRecord(NOVEMBER, 60, List.of(LocalTime.of(16, 30)), 0, 1), true);
        assertFalse(alerted.cleanRecord());
        assertEquals(10 + 50, alerted.points());
    }

    @Test
    void hoursOutsideRunsEarnNoMonthlyBonus() {
        // Training alone is not a month of runs driven.
        MonthPoints m = RULES.points(new MonthRecord(NOVEMBER, 120, List.of(), 0, 0), true);
        assertFalse(m.fullMonth() || m.cleanRecord());
        assertEquals(20, m.points());
    }
}
