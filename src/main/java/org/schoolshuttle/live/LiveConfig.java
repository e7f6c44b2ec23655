package org.schoolshuttle.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of live runs. */
@ConfigMapping(prefix = "shuttle.live")
public interface LiveConfig {

    /** Positions are kept this many days for incident review, then deleted. */
    @WithDefault("7")
    int retentionDays();

    /** Quartz cron of the daily deletion of old positions; {@code off} disables it. */
    @WithDefault("0 20 3 * * ?")
    String purgeCron();

    /** A run whose last position is older than this shows "position unknown", never a stale ETA. */
    @WithDefault("5")
    int unknownAfterMinutes();

    /** The default of each family's "the shuttle is about N minutes away". */
    @WithDefault("5")
    int nearMinutes();

    /** A run later than this (minutes) tells the families still waiting. */
    @WithDefault("10")
    int delayMinutes();

    /**
     * A position recorded longer ago than this (a phone that was offline) is kept for the record but moves no
     * ETA and sends no "near" message: it would be out of date.
     */
    @WithDefault("120")
    int staleSeconds();

    /** A run is "late" only from this many seconds behind plan: GPS and traffic wobble. */
    @WithDefault("120")
    int lateToleranceSeconds();
}
