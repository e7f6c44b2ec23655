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

    /** A school whose two published routes (one vehicle, both directions) are COMMUNITY_VOLUNTEER, without a driver. */
    public record Volunteered(String coordinator, long villageId, long schoolId) {
    }

    public static Volunteered volunteerRoutes(RoutingService routing) {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        // The setup's own driver says they never drive, so the roster is among the test's volunteers alone.
        org.schoolshuttle.Api.as(s.driver(), org.schoolshuttle.Api.PASSWORD).body(java.util.List.of())
                .put("/api/v1/volunteer/availability").then().statusCode(200);
        for (long route : s.routes()) {
            java.util.Map<String, Object> body = new java.util.HashMap<>();
            body.put("driverId", null);
            body.put("fundingModel", "COMMUNITY_VOLUNTEER");
            org.schoolshuttle.Api.as(s.coordinator(), org.schoolshuttle.Api.PASSWORD).body(body)
                    .put("/api/v1/routes/" + route).then().statusCode(200);
        }
        return new Volunteered(s.coordinator(), s.villageId(), s.schoolId());
    }

    public static io.restassured.path.json.JsonPath generate(String coordinator, long schoolId, java.time.LocalDate day) {
        return org.schoolshuttle.Api.as(coordinator, org.schoolshuttle.Api.PASSWORD).body(Map.of("date", day.toString()))
                .post("/api/v1/schools/" + schoolId + "/runs").then().statusCode(200).extract().jsonPath();
    }

    /** A term around the days, with each weekend day among them made a school day. */
    public static void schoolDays(String coordinator, long schoolId, java.time.LocalDate... days) {
        Runs.schoolDays(coordinator, schoolId, days);
    }
}
