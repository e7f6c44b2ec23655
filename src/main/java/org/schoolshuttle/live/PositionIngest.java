package org.schoolshuttle.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.DailyRunRepository;
import org.schoolshuttle.run.RunStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Takes positions from the run's own driver while the run is on its way: each is stored once, placed on the
 * route; the newest fresh one moves the run's ETAs and may tell families the shuttle is near or late.
 */
@ApplicationScoped
public class PositionIngest {

    /** What a batch did. */
    public record Outcome(int recorded, int alreadyRecorded, boolean moved) {
    }

    /** A phone clock this far ahead of ours is wrong, not early. */
    private static final Duration CLOCK_AHEAD = Duration.ofMinutes(2);

    private final DailyRunRepository runs;
    private final RunPositionRepository positions;
    private final RunLiveRepository lives;
    private final Eta eta;
    private final LiveNotices notices;
    private final AccessPolicy access;
    private final LiveConfig config;
    private final Clock clock;

    PositionIngest(DailyRunRepository runs, RunPositionRepository positions, RunLiveRepository lives, Eta eta,
                   LiveNotices notices, AccessPolicy access, LiveConfig config, Clock clock) {
        this.runs = runs;
        this.positions = positions;
        this.lives = lives;
        this.eta = eta;
        this.notices = notices;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome record(long runId, PositionBatch batch) {
        Caller caller = access.caller();
        // The run's row lock puts one batch of a run after another: ETAs and messages see each other's work.
        DailyRun run = runs.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !caller.is(Role.DRIVER) || !Objects.equals(caller.driverId(), run.driverId)) {
            throw new NotFoundException("Run", runId);
        }
        if (run.status != RunStatus.IN_PROGRESS) {
            throw new ConflictException("status", "positions are taken only while the run is on its way; it is " + run.status);
        }
        Instant now = clock.instant();
        // Phones report milliseconds; databases keep micro- at best: one precision makes "the same fix" exact.
        List<PositionBatch.Position> sorted = new ArrayList<>(batch.positions().stream()
                .map(p -> new PositionBatch.Position(p.at() == null ? null : p.at().truncatedTo(ChronoUnit.MILLIS),
                        p.lat(), p.lon(), p.accuracy())).toList());
        for (int i = 0; i < sorted.size(); i++) {
            PositionBatch.Position p = sorted.get(i);
            if (p.at().isAfter(now.plus(CLOCK_AHEAD))) {
                throw new InvalidInputException("positions[" + i + "].at", "is in the future: check the phone's clock");
            }
            if (!Double.isFinite(p.lat()) || !Double.isFinite(p.lon())) {
                throw new InvalidInputException("positions[" + i + "]", "must be a real point");
            }
        }
        sorted.sort(Comparator.comparing(PositionBatch.Position::at));
        Eta.Course course = eta.course(run);
        RunLive current = lives.findById(run.id);
        int recorded = 0;
        int already = 0;
        PositionBatch.Position newest = null;
        for (PositionBatch.Position p : sorted) {
            if (positions.count("runId = ?1 and recordedAt = ?2", run.id, p.at()) > 0) {
                already++;
                continue;
            }
            RouteLine.Placed placed = course.line().place(p.lat(), p.lon(), 0);
            RunPosition row = new RunPosition();
            row.runId = run.id;
            row.recordedAt = p.at();
            row.receivedAt = now;
            row.lat = p.lat();
            row.lon = p.lon();
            row.accuracyMetres = p.accuracy();
            row.alongMetres = placed.along();
            row.offRouteMetres = placed.off();
            positions.persist(row);
            recorded++;
            if (newest == null || p.at().isAfter(newest.at())) {
                newest = p;
            }
        }
        boolean moved = newest != null && (current == null || newest.at().isAfter(current.recordedAt));
        if (moved) {
            RunLive next = eta.estimate(run, course, newest.lat(), newest.lon(), newest.at(),
                    current == null ? null : current.alongMetres);
            next.updatedAt = now;
            if (current == null) {
                lives.persist(next);
                current = next;
            } else {
                copy(next, current);
            }
            // A position that waited on an offline phone is kept for the record; telling a family now that the
            // shuttle was near minutes ago would send them out too late.
            if (!newest.at().isBefore(now.minusSeconds(config.staleSeconds()))) {
                notices.tell(run, course, current, now);
            }
        }
        return new Outcome(recorded, already, moved);
    }

    private static void copy(RunLive from, RunLive to) {
        to.recordedAt = from.recordedAt;
        to.lat = from.lat;
        to.lon = from.lon;
        to.alongMetres = from.alongMetres;
        to.nextSeq = from.nextSeq;
        to.etas = from.etas;
        to.lateSeconds = from.lateSeconds;
        to.updatedAt = from.updatedAt;
    }
}
