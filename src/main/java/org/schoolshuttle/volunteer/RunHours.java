package org.schoolshuttle.volunteer;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.DailyRunRepository;
import org.schoolshuttle.run.RunCompleted;
import org.schoolshuttle.run.RunStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Credits a completed run's volunteer driver and escort with its minutes, started to completed. The credit is
 * written in the transaction that completes the run, and a run completes once (its row is locked and a completed
 * run is not completed again), so each run counts once; the database's uniqueness per run and person guards it
 * too. A daily check credits completed runs that have no credit yet (runs completed before this feature).
 */
@ApplicationScoped
public class RunHours {

    private final ServiceHoursRepository hours;
    private final DailyRunRepository runs;
    private final VolunteerRoll roll;
    private final VolunteerConfig config;
    private final Clock clock;

    RunHours(ServiceHoursRepository hours, DailyRunRepository runs, VolunteerRoll roll, VolunteerConfig config, Clock clock) {
        this.hours = hours;
        this.runs = runs;
        this.roll = roll;
        this.config = config;
        this.clock = clock;
    }

    void onCompleted(@Observes RunCompleted run) {
        credit(run);
    }

    @Scheduled(identity = "credit-run-hours", cron = "{shuttle.volunteer.credit-cron}")
    void daily() {
        creditCompletedRuns(clock.instant().minus(Duration.ofDays(config.creditLookbackDays())));
    }

    /** @return how many volunteers were credited for runs completed since then that had not credited them yet */
    @Transactional
    public int creditCompletedRuns(Instant since) {
        int credited = 0;
        for (DailyRun run : runs.list("status = ?1 and completedAt > ?2", RunStatus.COMPLETED, since)) {
            credited += credit(RunCompleted.of(run));
        }
        return credited;
    }

    private int credit(RunCompleted run) {
        int credited = 0;
        for (Volunteer v : Stream.of(roll.find(VolunteerKind.DRIVER, run.driverId()),
                roll.find(VolunteerKind.ESCORT, run.escortId())).flatMap(Optional::stream).toList()) {
            if (hours.count("runId = ?1 and revision = 0 and " + v.owner(2), run.runId(), v.id()) > 0) {
                continue;
            }
            ServiceHours entry = new ServiceHours();
            entry.belongTo(v);
            entry.serviceDate = run.serviceDate();
            entry.kind = HoursKind.RUN;
            entry.minutes = minutes(run.startedAt(), run.completedAt());
            entry.runId = run.runId();
            entry.runStartedAt = run.startedAt();
            entry.recordedAt = clock.instant();
            entry.recordedBy = ServiceHours.SYSTEM;
            hours.persist(entry);
            credited++;
        }
        return credited;
    }

    private int minutes(Instant started, Instant completed) {
        if (started == null || completed == null || completed.isBefore(started)) {
            return 0;
        }
        // To the nearest minute: the database may keep the times a microsecond apart from what the phone sent.
        long minutes = Duration.between(started, completed).plusSeconds(30).toMinutes();
        return (int) Math.min(minutes, config.maxRunMinutes());
    }
}
