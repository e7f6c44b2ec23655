package org.schoolshuttle.fleet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the fleet and its compliance rules, under {@code shuttle.fleet}. */
@ConfigMapping(prefix = "shuttle.fleet")
public interface FleetConfig {

    /** Years a child-safety training stays valid, counted from the training day (inclusive). */
    @WithDefault("2")
    int trainingValidYears();

    /** Quartz cron of the weekly warning of expiries ahead (village time zones aside: it runs once for all). */
    @WithDefault("0 0 8 ? * MON")
    String expiryWarningCron();

    /** How many days ahead a licence, check, training, inspection or insurance running out is warned of. */
    @WithDefault("30")
    int expiryWarningDays();
}
