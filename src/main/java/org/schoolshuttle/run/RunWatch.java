package org.schoolshuttle.run;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Escort;
import org.schoolshuttle.fleet.EscortRepository;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Watches the day's runs, once a minute across the cluster: reminds the crew of a run due soon; a run not started some minutes after its first
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
    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final BusStopRepository stops;
    private final Outbox outbox;
    private final OperationsConfig config;
    private final Clock clock;

    RunWatch(DailyRunRepository runs, RunChildRepository riders, ChildRepository children, VillageRepository villages,
             Alerts alerts, DriverRepository drivers, EscortRepository escorts,
             BusStopRepository stops, Outbox outbox, OperationsConfig config, Clock clock) {
        this.drivers = drivers;
        this.escorts = escorts;
        this.stops = stops;
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
        remind(now);
        int raised = 0;
        // Only the last two days: an older run was reconciled long ago, or never will be by this job.
        Instant since = now.minus(Duration.ofDays(2));
        Instant startedBy = now.minus(Duration.ofMinutes(config.notStartedMinutes()));
        for (DailyRun run : runs.list("status = ?1 and firstStopAt <= ?2 and firstStopAt > ?3", RunStatus.SCHEDULED,
                startedBy, since)) {
            Text message = new Text(run.serviceDate + " " + run.name + " 应于 " + local(run, run.firstStopAt)
                    + " 到达第一站，但尚未出发。请给司机打电话。", run.name + " on " + run.serviceDate
                    + " was due at its first stop at " + local(run, run.firstStopAt) + " and has not been started. Call the driver.");
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
            Text message = new Text(run.serviceDate + " " + run.name + " 应于 " + local(run, run.endsAt) + " 结束，但状态为 "
                    + run.status + (onBoard > 0 ? "，记录显示仍有 " + onBoard + " 名学生在车上" : "") + "。请确认每个孩子的去向。",
                    run.name + " on " + run.serviceDate + " should have ended at " + local(run, run.endsAt)
                    + " but is " + run.status.name().toLowerCase().replace('_', ' ')
                    + (onBoard > 0 ? ", with " + onBoard + " children recorded on board" : "")
                    + ". Find out where every child is.");
            raised += alerts.raise(run.villageId, run.id, Alerts.RUN_NOT_COMPLETED, message) ? 1 : 0;
        }
        for (DailyRun run : runs.list("status = ?1 and completedAt > ?2", RunStatus.COMPLETED, since)) {
            List<RunChild> resolved = riders.list("runId = ?1 and state = ?2", run.id, RiderState.EXCEPTION);
            if (!resolved.isEmpty()) {
                StringBuilder en = new StringBuilder(run.name + " on " + run.serviceDate
                        + " was completed with children resolved by the driver's note:");
                StringBuilder zh = new StringBuilder(run.serviceDate + " " + run.name + " 已结束，以下学生由司机备注处理：");
                for (RunChild r : resolved) {
                    String name = children.findById(r.childId).givenName;
                    en.append(' ').append(name).append(" (").append(r.note).append(");");
                    zh.append(name).append("（").append(r.note).append("）；");
                }
                raised += alerts.raise(run.villageId, run.id, Alerts.CHILD_EXCEPTION, new Text(zh.toString(), en.toString())) ? 1 : 0;
            }
        }
        return raised;
    }

    /** The driver and escort of each run due within the reminder time hear of it once. */
    private void remind(Instant now) {
        for (DailyRun run : runs.list("status = ?1 and remindedAt is null and firstStopAt > ?2 and firstStopAt <= ?3",
                RunStatus.SCHEDULED, now, now.plus(Duration.ofMinutes(config.reminderMinutes())))) {
            run.remindedAt = now;
            ZoneId zone = ZoneId.of(villages.findById(run.villageId).timeZone);
            String firstStop = run.stops.isEmpty() ? "" : stops.findById(run.stops.get(0).stopId).name;
            Text text = RideNotice.reminder(run.name, firstStop, run.firstStopAt, zone,
                    (int) riders.count("runId", run.id));
            if (run.driverId != null) {
                Driver driver = drivers.findById(run.driverId);
                outbox.queueToDriver(driver.id, driver.phone, driver.familyName + driver.givenName, Outbox.RUN_REMINDER, text);
            }
            if (run.escortId != null) {
                Escort escort = escorts.findById(run.escortId);
                outbox.queueToPhone(escort.phone, escort.familyName + escort.givenName, Outbox.RUN_REMINDER, text);
            }
        }
    }

    private void tellFamilies(DailyRun run) {
        for (RunChild rider : riders.list("runId = ?1 and state = ?2", run.id, RiderState.EXPECTED)) {
            Child child = children.findById(rider.childId);
            outbox.queue(child.guardianId, child.id, "RUN_DELAYED", RideNotice.notStarted(run.name));
        }
    }

    private String local(DailyRun run, Instant at) {
        return at.atZone(ZoneId.of(villages.findById(run.villageId).timeZone)).format(HH_MM);
    }
}
