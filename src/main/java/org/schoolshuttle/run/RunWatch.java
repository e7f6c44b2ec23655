package org.schoolshuttle.run;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Watches the day's runs, once a minute across the cluster: a run not started some minutes after its first
 * planned stop, and a run whose window has passed without it being completed or with a child resolved only by a
 * note, alert the village's coordinators (once per run and kind).
 */
@ApplicationScoped
public class RunWatch {

    private static final Logger LOG = Logger.getLogger(RunWatch.class);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final DailyRunRepository runs;
    private final RunChildRepository riders;
    private final ChildRepository children;
    private final VillageRepository villages;
    private final Alerts alerts;
    private final Outbox outbox;
    private final OperationsConfig config;
    private final Clock clock;

    RunWatch(DailyRunRepository runs, RunChildRepository riders, ChildRepository children, VillageRepository villages,
             Alerts alerts, Outbox outbox, OperationsConfig config, Clock clock) {
        this.runs = runs;
        this.riders = riders;
        this.children = children;
        this.villages = villages;
        this.alerts = alerts;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "watch-runs", cron = "{shuttle.operations.watch-cron}")
    void everyMinute() {
        watch(clock.instant());
    }

    /** @return how many alerts were raised */
    @Transactional
    public int watch(Instant now) {
        int raised = 0;
        // Only the last two days: an older run was reconciled long ago, or never will be by this job.
        Instant since = now.minus(Duration.ofDays(2));
        Instant startedBy = now.minus(Duration.ofMinutes(config.notStartedMinutes()));
        for (DailyRun run : runs.list("status = ?1 and firstStopAt <= ?2 and firstStopAt > ?3", RunStatus.SCHEDULED,
                startedBy, since)) {
            String message = run.name + " on " + run.serviceDate + " was due at its first stop at "
                    + local(run, run.firstStopAt) + " and has not been started. Call the driver.";
            if (alerts.raise(run.villageId, run.id, Alerts.RUN_NOT_STARTED, message)) {
                raised++;
                LOG.warnf("Run %d (%s) has not started", run.id, run.name);
                if (config.tellFamiliesWhenNotStarted()) {
                    tellFamilies(run);
                }
            }
        }
        Instant endedBy = now.minus(Duration.ofMinutes(config.reconcileMinutesAfterEnd()));
        for (DailyRun run : runs.list("status in ?1 and endsAt <= ?2 and endsAt > ?3",
                List.of(RunStatus.SCHEDULED, RunStatus.BLOCKED, RunStatus.IN_PROGRESS), endedBy, since)) {
            long onBoard = riders.count("runId = ?1 and state = ?2", run.id, RiderState.ON_BOARD);
            String message = run.name + " on " + run.serviceDate + " should have ended at " + local(run, run.endsAt)
                    + " but is " + run.status.name().toLowerCase().replace('_', ' ')
                    + (onBoard > 0 ? ", with " + onBoard + " children recorded on board" : "")
                    + ". Find out where every child is.";
            raised += alerts.raise(run.villageId, run.id, Alerts.RUN_NOT_COMPLETED, message) ? 1 : 0;
        }
        for (DailyRun run : runs.list("status = ?1 and completedAt > ?2", RunStatus.COMPLETED, since)) {
            List<RunChild> resolved = riders.list("runId = ?1 and state = ?2", run.id, RiderState.EXCEPTION);
            if (!resolved.isEmpty()) {
                StringBuilder message = new StringBuilder(run.name + " on " + run.serviceDate
                        + " was completed with children resolved by the driver's note:");
                for (RunChild r : resolved) {
                    message.append(' ').append(children.findById(r.childId).givenName).append(" (").append(r.note).append(");");
                }
                raised += alerts.raise(run.villageId, run.id, Alerts.CHILD_EXCEPTION, message.toString()) ? 1 : 0;
            }
        }
        return raised;
    }

    private void tellFamilies(DailyRun run) {
        for (RunChild rider : riders.list("runId = ?1 and state = ?2", run.id, RiderState.EXPECTED)) {
            Child child = children.findById(rider.childId);
            outbox.queue(child.guardianId, child.id, "RUN_DELAYED", run.name + " 尚未出发，请留意。 / " + run.name
                    + " has not started yet; the coordinator has been told and will call you if it cannot come.");
        }
    }

    private String local(DailyRun run, Instant at) {
        return at.atZone(ZoneId.of(villages.findById(run.villageId).timeZone)).format(HH_MM);
    }
}
