package org.schoolshuttle.run;

import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's school day as the family sees it: for each direction, whether they ride and where they are.
 *
 * @param schoolDay whether the school has classes today
 */
public record TodayView(long childId, LocalDate date, boolean schoolDay, List<Ride> rides) {

    /**
     * @param status   NOT_SCHEDULED (no run for the child), ABSENT, SCHEDULED, ON_BOARD, DROPPED_OFF, HANDED_OVER,
     *                 NOT_AT_STOP or RESOLVED (the driver recorded what happened in a note)
     * @param since    when the status was reached (on board since, dropped off at)
     * @param handedTo the adult the child was handed to
     */
    public record Ride(Direction direction, String status, Long runId, String routeName, RunStatus runStatus,
                       String stopName, Instant plannedAt, Instant since, String handedTo, String note) {
    }
}
