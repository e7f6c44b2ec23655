package org.schoolshuttle.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as hours with one decimal (100 minutes: 1.7 hours). */
final class HoursFigure {

    private HoursFigure() {
    }

    static BigDecimal of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
