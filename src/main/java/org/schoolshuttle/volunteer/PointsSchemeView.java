package org.schoolshuttle.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The scheme in force this month.
 *
 * @param effectiveFrom the first day of the month it applies from; {@code null} for the defaults
 * @param standard      the village never set a scheme: these are the service's defaults
 */
public record PointsSchemeView(long villageId, int pointsPerHour, int earlyRunBonus, LocalTime earlyBefore,
                               int fullMonthBonus, int cleanRecordBonus, LocalDate effectiveFrom, boolean standard,
                               Instant updatedAt, String updatedBy) {
}
