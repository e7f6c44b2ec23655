package org.schoolshuttle.run;

import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
            int expected = 0;
            int onBoard = 0;
            int off = 0;
            int noShow = 0;
            int exceptions = 0;
            for (RunChild r : riders) {
                switch (r.state) {
                    case EXPECTED -> expected++;
                    case ON_BOARD -> onBoard++;
                    case OFF, HANDED_OVER -> off++;
                    case NO_SHOW -> noShow++;
                    case EXCEPTION -> exceptions++;
                }
            }
            return new Count(riders.size(), expected, onBoard, off, noShow, exceptions);
        }
    }
}
