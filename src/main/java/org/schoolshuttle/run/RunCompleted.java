package org.schoolshuttle.run;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run was completed. Fired inside the completing transaction, so whatever observers write (a volunteer's
 * service hours) commits with the completion or not at all; a run completes once, so it is fired once per run.
 *
 * @param driverId  {@code null} when the run had no driver named
 * @param escortId  {@code null} when the route has no escort
 */
public record RunCompleted(long runId, long villageId, LocalDate serviceDate, Long driverId, Long escortId,
                           Instant startedAt, Instant completedAt) {

    public static RunCompleted of(DailyRun run) {
        return new RunCompleted(run.id, run.villageId, run.serviceDate, run.driverId, run.escortId, run.startedAt,
                run.completedAt);
    }
}
