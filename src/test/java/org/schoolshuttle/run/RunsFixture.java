package org.schoolshuttle.run;

import org.schoolshuttle.routing.RoutingService;

import java.util.Map;

/** Daily-run situations other features' tests start from. */
public final class RunsFixture {

    private RunsFixture() {
    }

    /** A village whose coordinator has tomorrow's runs blocked (no driver named). */
    public record Blocked(String coordinator, long villageId) {
    }

    public static Blocked blockedRunTomorrow(RoutingService routing) {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.generate(s, Runs.today().plusDays(1));
        return new Blocked(s.coordinator(), s.villageId());
    }
}
