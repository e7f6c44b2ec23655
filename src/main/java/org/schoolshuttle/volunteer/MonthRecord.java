package org.schoolshuttle.volunteer;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What a volunteer did in a month, as the points scheme weighs it.
 *
 * @param minutes      current service minutes of the month, runs and hours recorded by hand
 * @param runStarts    the local time each run credited to them that month started (runs corrected to 0 minutes
 *                     left out)
 * @param missedRuns   runs of theirs they missed (see {@link ServiceRecord})
 * @param safetyAlerts CHILD_EXCEPTION and RUN_NOT_COMPLETED alerts on runs of theirs
 */
public record MonthRecord(YearMonth month, int minutes, List<LocalTime> runStarts, int missedRuns, int safetyAlerts) {
}
