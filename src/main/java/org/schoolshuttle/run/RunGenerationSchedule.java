package org.schoolshuttle.run;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;
import org.schoolshuttle.village.VillageSaved;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;

/**
 * Keeps one Quartz run-generation job per village, on the cron of {@code shuttle.operations.run-generation-cron}
 * in the village's own time zone, in the clustered job store: every instance registers the same jobs, and each
 * firing runs on exactly one instance. At start-up it catches up what was missed while no instance ran.
 */
@ApplicationScoped
public class RunGenerationSchedule {

    static final String GROUP = "run-generation";
    private static final Logger LOG = Logger.getLogger(RunGenerationSchedule.class);

    private final Instance<Scheduler> quartz;
    private final io.quarkus.scheduler.Scheduler scheduler;
    private final VillageRepository villages;
    private final VillageRuns villageRuns;
    private final OperationsConfig config;
    private final Clock clock;

    RunGenerationSchedule(Instance<Scheduler> quartz, io.quarkus.scheduler.Scheduler scheduler,
                          VillageRepository villages, VillageRuns villageRuns, OperationsConfig config, Clock clock) {
        this.quartz = quartz;
        this.scheduler = scheduler;
        this.villages = villages;
        this.villageRuns = villageRuns;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!scheduler.isStarted()) {
            LOG.info("The scheduler is off: runs are generated only when a coordinator asks");
            return;
        }
        for (Village village : villages.listAll()) {
            try {
                schedule(village.id);
                catchUp(village);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not schedule or catch up the runs of village %d", village.id);
            }
        }
    }

    void onVillageSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageSaved saved) {
        if (scheduler.isStarted()) {
            schedule(saved.villageId());
        }
    }

    /** Creates or replaces the village's job and trigger (a changed time zone moves the trigger). */
    @Transactional
    public void schedule(long villageId) {
        Village village = villages.findById(villageId);
        JobDetail job = JobBuilder.newJob(RunGenerationJob.class)
                .withIdentity(jobKey(villageId))
                .usingJobData(RunGenerationJob.VILLAGE_ID, Long.toString(villageId))
                .requestRecovery(true)
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("generate-runs-" + villageId, GROUP)
                .forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(config.runGenerationCron())
                        .inTimeZone(TimeZone.getTimeZone(ZoneId.of(village.timeZone)))
                        // Missed by more than the misfire threshold (all instances down): fire once, at once.
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        try {
            Scheduler s = quartz.get();
            Trigger current = s.getTrigger(trigger.getKey());
            if (current instanceof org.quartz.CronTrigger cron
                    && cron.getCronExpression().equals(config.runGenerationCron())
                    && cron.getTimeZone().getID().equals(village.timeZone)) {
                return;
            }
            s.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the run generation of village " + villageId, e);
        }
    }

    static JobKey jobKey(long villageId) {
        return JobKey.jobKey("generate-runs-" + villageId, GROUP);
    }

    private void catchUp(Village village) {
        Instant now = clock.instant();
        RunGenerator.Outcome outcome = villageRuns.catchUp(village.id, now, generationDueToday(village, now));
        if (outcome.created() > 0) {
            LOG.infof("Caught up the runs of village %d: %s", village.id, outcome);
        }
    }

    /** Whether the generation time of the village's day has already come. */
    boolean generationDueToday(Village village, Instant now) {
        try {
            CronExpression cron = new CronExpression(config.runGenerationCron());
            ZoneId zone = ZoneId.of(village.timeZone);
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            Date first = cron.getTimeAfter(Date.from(midnight.minusSeconds(1)));
            return first != null && !first.toInstant().isAfter(now);
        } catch (ParseException e) {
            throw new IllegalStateException("shuttle.operations.run-generation-cron is not a cron expression", e);
        }
    }
}
