package org.schoolshuttle.volunteer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** The points scheme of a village that has not set its own, and how runs are credited. */
@ConfigMapping(prefix = "shuttle.volunteer")
public interface VolunteerConfig {

    /** Points for each hour of service (minutes count pro rata, rounded down per month). */
    @WithDefault("10")
    int pointsPerHour();

    /** Points for each run started before {@link #earlyBefore()}. */
    @WithDefault("5")
    int earlyRunBonus();

    /** A run started before this time of day, in the village's time zone, is an early-morning run. */
    @WithDefault("07:00")
    LocalTime earlyBefore();

    /** Points for a month with at least one run and none missed, given once the month is over. */
    @WithDefault("50")
    int fullMonthBonus();

    /** Points for a month with at least one run and no safety alert on any run, given once the month is over. */
    @WithDefault("30")
    int cleanRecordBonus();

    /** A run is credited with at most this many minutes (a run left open for hours is corrected by hand). */
    @WithDefault("180")
    int maxRunMinutes();

    /** Quartz cron of the daily check that every completed run has credited its crew; {@code off} disables it. */
    @WithDefault("0 40 3 * * ?")
    String creditCron();

    /** How many days back that check looks for completed runs. */
    @WithDefault("62")
    int creditLookbackDays();
}
