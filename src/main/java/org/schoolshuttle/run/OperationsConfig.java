package org.schoolshuttle.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** Settings of daily operations: when runs are generated and until when families may report an absence. */
@ConfigMapping(prefix = "shuttle.operations")
public interface OperationsConfig {

    /**
     * Quartz cron expression, read in each village's own time zone, for generating the next school day's runs.
     */
    @WithDefault("0 0 17 * * ?")
    String runGenerationCron();

    /** A family may report an absence for a day until this time on that day (village time). */
    @WithDefault("06:00")
    LocalTime absenceCutoff();

    /** How far ahead the next school day is looked for (a long holiday has no runs to generate). */
    @WithDefault("21")
    int lookaheadDays();

    /** Quartz cron of the watch over today's runs (not started, not completed); {@code off} disables it. */
    @WithDefault("0 * * * * ?")
    String watchCron();

    /** The driver and escort are reminded this many minutes before the first planned stop. */
    @WithDefault("30")
    int reminderMinutes();

    /** A run not started this many minutes after its first planned stop alerts the coordinator. */
    @WithDefault("10")
    int notStartedMinutes();

    /** Whether the families on a run not started are told too. */
    @WithDefault("false")
    boolean tellFamiliesWhenNotStarted();

    /** This many minutes after a run's planned end it must be completed with every child accounted for. */
    @WithDefault("60")
    int reconcileMinutesAfterEnd();
}
