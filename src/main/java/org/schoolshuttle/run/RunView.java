package org.schoolshuttle.run;

import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A daily run in a list: what, when, its state, and how many children are where.
 *
 * @param blockedReasons why a BLOCKED run may not start; empty otherwise
 */
public record RunView(long id, LocalDate date, Direction direction, String name, RunStatus status,
                      List<String> blockedReasons, long schoolId, String schoolName, long vehicleId, String plate,
                      int seats, Long driverId, Long escortId, Instant escortCheckedInAt, Instant firstStopAt,
                      Instant endsAt, Instant startedAt, Instant completedAt, Count children) {

    /** Children on the run by state. */
    public record Count(int total, int expected, int onBoard, int off, int noShow, int exceptions) {

        static Count of(List<RunChild> riders) {
            return ofStates(riders.stream().map(r -> r.state).toList());
        }

        static Count ofStates(List<RiderState> riders) {
            Map<RiderState, Long> byState = new EnumMap<>(RiderState.class);
            riders.forEach(state -> byState.merge(state, 1L, Long::sum));
            return of(byState);
        }

        /** From the number of children in each state. */
        static Count of(Map<RiderState, Long> byState) {
            int total = 0;
            int expected = 0;
            int onBoard = 0;
            int off = 0;
            int noShow = 0;
            int exceptions = 0;
            for (Map.Entry<RiderState, Long> e : byState.entrySet()) {
                int n = e.getValue().intValue();
                total += n;
                switch (e.getKey()) {
                    case EXPECTED -> expected += n;
                    case ON_BOARD -> onBoard += n;
                    case OFF, HANDED_OVER -> off += n;
                    case NO_SHOW -> noShow += n;
                    case EXCEPTION -> exceptions += n;
                }
            }
            return new Count(total, expected, onBoard, off, noShow, exceptions);
        }
    }
}
