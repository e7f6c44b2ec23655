package org.schoolshuttle.run;

import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;

import java.time.Instant;

/**
 * Quartz job of one village: generates the next school day's runs. A job recovered after the instance running it
 * died takes the day from its original fire time, not from "now", so it never skips or repeats a day.
 */
@Dependent
public class RunGenerationJob implements Job {

    static final String VILLAGE_ID = "villageId";

    private final VillageRuns villageRuns;

    RunGenerationJob(VillageRuns villageRuns) {
        this.villageRuns = villageRuns;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long villageId = Long.parseLong(context.getMergedJobDataMap().getString(VILLAGE_ID));
        Instant firedFor = context.getScheduledFireTime() != null ? context.getScheduledFireTime().toInstant() : Instant.now();
        if (context.isRecovering()) {
            Object original = context.getMergedJobDataMap().get(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                firedFor = Instant.ofEpochMilli(Long.parseLong(original.toString()));
            }
        }
        try {
            villageRuns.nextSchoolDay(villageId, firedFor);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
