package org.schoolshuttle.family;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of family data, under {@code shuttle.family}. */
@ConfigMapping(prefix = "shuttle.family")
public interface FamilyConfig {

    /** Days a withdrawn child's personal data is kept before it is erased. */
    @WithDefault("30")
    int retentionDays();

    /** The version of the privacy notice families accept at sign-up. */
    @WithDefault("2026-11")
    String privacyNoticeVersion();

    /** Children younger than this, in years, must be handed to an adult at drop-off unless the family says otherwise. */
    @WithDefault("8")
    int handoverAgeYears();

    /** When the retention job runs (Quartz cron: seconds minutes hours day-of-month month day-of-week). */
    @WithDefault("0 30 2 * * ?")
    String retentionCron();
}
