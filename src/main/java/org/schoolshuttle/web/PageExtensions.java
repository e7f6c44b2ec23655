package org.schoolshuttle.web;

import io.quarkus.qute.TemplateExtension;
import org.schoolshuttle.route.AssignmentView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small conversions the templates need to show values the way people read them. */
@TemplateExtension
public class PageExtensions {

    static long metres(AssignmentView.Walk walk) {
        return Math.round(walk.distanceMetres());
    }

    static long minutes(AssignmentView.Walk walk) {
        return Math.max(1, Math.round(walk.durationSeconds() / 60));
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The time zone pages show moments in (messages, alerts, the audit log, run times in lists): the region's,
     * {@code shuttle.web.time-zone}, not the server's, which is often UTC.
     */
    private static final ZoneId ZONE = ZoneId.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("shuttle.web.time-zone", String.class).orElse("Asia/Shanghai"));

    static String local(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZONE));
    }

    static String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(ZONE));
    }

    static String kilometres(double metres) {
        return String.format(java.util.Locale.ROOT, "%.1f", metres / 1000);
    }

    /** Stops are counted from 0 in the data and from 1 for people. */
    static int ordinal(int seq) {
        return seq + 1;
    }
}
