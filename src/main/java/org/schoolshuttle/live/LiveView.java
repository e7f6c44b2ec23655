package org.schoolshuttle.live;

import org.schoolshuttle.route.Direction;
import org.schoolshuttle.run.RunStatus;

import java.time.Instant;
import java.util.List;

/** What live views answer. */
public final class LiveView {

    private LiveView() {
    }

    /** Where the shuttle was, and when. */
    public record Shuttle(double lat, double lon, Instant at) {
    }

    /** A run on its way, for its driver and the coordinators. {@code positionKnown} false: no recent fix, no ETA. */
    public record Run(long runId, String name, Direction direction, RunStatus status, boolean positionKnown,
                      Shuttle shuttle, Integer nextSeq, Integer lateMinutes, List<Stop> stops) {
    }

    public record Stop(int seq, long stopId, String name, double lat, double lon, Instant plannedAt, Instant eta) {
    }

    /**
     * Today's run of one child as the family sees it. {@code state}: NO_RUN_TODAY, NOT_STARTED, ON_ITS_WAY,
     * AT_STOP, POSITION_UNKNOWN, PASSED (the shuttle has left the family's stop), COMPLETED, ABSENT.
     * The shuttle's position is given only while it is on its way to or at the family's stop.
     */
    public record Child(long childId, Long runId, Direction direction, String state, String stopName, Double stopLat,
                        Double stopLon, Instant plannedAt, Instant eta, Integer minutesAway, Integer lateMinutes,
                        Shuttle shuttle) {
    }

    /** One of a village's runs today, for the coordinator's map. */
    public record VillageRun(long runId, String name, long schoolId, Direction direction, RunStatus status,
                             boolean positionKnown, Shuttle shuttle, Integer lateMinutes, Instant firstStopAt) {
    }
}
