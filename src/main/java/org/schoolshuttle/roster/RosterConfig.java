package org.schoolshuttle.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the roster is filled, how far ahead, and how early a day without a volunteer is flagged. */
@ConfigMapping(prefix = "shuttle.roster")
public interface RosterConfig {

    /** Quartz cron of the daily filling of every village's roster; {@code off} disables it. */
    @WithDefault("0 30 6 * * ?")
    String cron();

    /** Days ahead the roster is filled. */
    @WithDefault("14")
    int horizonDays();

    /** A duty nobody fit and free can drive is flagged to the coordinator this many days ahead. */
    @WithDefault("7")
    int flagDays();
}
