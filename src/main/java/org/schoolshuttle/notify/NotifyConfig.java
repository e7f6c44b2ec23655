package org.schoolshuttle.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The channels messages go out through, besides the in-app feed, and how hard delivery tries. */
@ConfigMapping(prefix = "shuttle.notify")
public interface NotifyConfig {

    /** Whether messages are emailed to recipients with an address (set quarkus.mailer.* too). */
    @WithDefault("false")
    boolean emailEnabled();

    /**
     * Where each message is POSTed as JSON for an SMS or voice gateway (recipient phone, language, text); none
     * when not set.
     */
    Optional<String> webhookUrl();

    /** Sent as a Bearer token to the webhook, so the gateway can tell our calls from others'. */
    Optional<String> webhookToken();

    /** Quartz cron of the delivery job; {@code off} disables it. */
    @WithDefault("*/10 * * * * ?")
    String deliveryCron();

    /** Attempts per delivery before it is given up as FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the first retry; each further retry waits twice as long. */
    @WithDefault("30")
    int backoffSeconds();
}
