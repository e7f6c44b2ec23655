package org.schoolshuttle.volunteer;

import java.math.BigDecimal;

/**
 * A volunteer in the coordinator's list: the month's service and points, and the points balance.
 *
 * @param month the month asked for; all zero when they gave nothing that month
 */
public record VolunteerLine(VolunteerKind kind, long id, String name, boolean named, int minutes, BigDecimal hours,
                            MonthPoints month, int pointsBalance) {
}
