package org.schoolshuttle.fleet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the fleet and its compliance rules, under {@code shuttle.fleet}. */
@ConfigMapping(prefix = "shuttle.fleet")
public interface FleetConfig {

    /** Years a child-safety training stays valid, counted from the training day (inclusive). */
    @WithDefault("2")
    int trainingValidYears();
}
