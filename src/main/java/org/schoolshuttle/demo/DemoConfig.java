package org.schoolshuttle.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo data, under {@code shuttle.demo}. */
@ConfigMapping(prefix = "shuttle.demo")
public interface DemoConfig {

    /** Whether to seed demo data into an empty embedded (H2) database; never done on PostgreSQL. */
    @WithDefault("true")
    boolean enabled();

    /** Password of every demo account; printed at start-up. Only ever used for the embedded demo. */
    @WithDefault("shuttle-demo-2026")
    String password();

    /** How many children to register across the villages. */
    @WithDefault("150")
    int children();

    /** Seconds the route optimiser spends on each demo school's published plan; 0 seeds no plan. */
    @WithDefault("5")
    int planSeconds();
}
