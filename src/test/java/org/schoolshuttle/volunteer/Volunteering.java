package org.schoolshuttle.volunteer;

import io.restassured.path.json.JsonPath;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * Volunteers who gave time, set up through the API: a published plan whose routes have a volunteer driver (with a
 * login) and a volunteer escort, today's runs generated, and runs driven from start to complete as a phone would.
 */
final class Volunteering {

    private Volunteering() {
    }

    /** @param morning today's run to school; {@code afternoon} the run home */
    record Crewed(Runs.Setup setup, long escortId, long morning, long afternoon) {

        long villageId() {
            return setup.villageId();
        }

        String coordinator() {
            return setup.coordinator();
        }

        String driver() {
            return setup.driver();
        }

        long driverId() {
            return setup.driverId();
        }

        long child() {
            return setup.children().get(0);
        }
    }

    /** One child, one vehicle, a volunteer driver and escort on both routes, today's runs generated. */
    static Crewed crewedToday(RoutingService routing) {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long escort = Fleet.create(s.coordinator(), "/api/v1/escorts", Fleet.escortBody(s.villageId()));
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), escort));
        Runs.generate(s, Runs.today());
        return new Crewed(s, escort, Runs.runId(s, Runs.today(), "TO_SCHOOL"), Runs.runId(s, Runs.today(), "FROM_SCHOOL"));
    }

    /**
     * Drives the run as its driver's phone does: escort checked in, started {@code minutes} ago, the child not at the
     * stop (or, with a note, resolved by hand at the end), completed now.
     *
     * @param exceptionNote {@code null} for a child simply not there; else the run ends with the child resolved by this note
     */
    static JsonPath drive(Crewed c, long runId, int minutes, String exceptionNote) {
        String path = "/api/v1/runs/" + runId;
        Instant end = Instant.now();
        Instant start = end.minus(Duration.ofMinutes(minutes));
        as(c.driver(), PASSWORD).body(Map.of("at", start.toString())).post(path + "/escort-check-in").then().statusCode(200);
        as(c.driver(), PASSWORD).body(Map.of("at", start.toString())).post(path + "/start").then().statusCode(200);
        if (exceptionNote == null) {
            as(c.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("NO_SHOW", c.child())))).post(path + "/events")
                    .then().statusCode(200);
            return as(c.driver(), PASSWORD).body(Map.of("at", end.toString())).post(path + "/complete")
                    .then().statusCode(200).extract().jsonPath();
        }
        return as(c.driver(), PASSWORD).body(Map.of("at", end.toString(), "exceptions",
                        List.of(Map.of("childId", c.child(), "note", exceptionNote))))
                .post(path + "/complete").then().statusCode(200).extract().jsonPath();
    }

    /** The coordinator's view of a volunteer: {@code kind} is {@code drivers} or {@code escorts}. */
    static JsonPath record(String coordinator, long villageId, String kind, long id) {
        return as(coordinator, PASSWORD).get("/api/v1/villages/" + villageId + "/volunteers/" + kind + "/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath mine(String driver) {
        return as(driver, PASSWORD).get("/api/v1/volunteers/me").then().statusCode(200).extract().jsonPath();
    }

    /** A points scheme body; tests change single fields to break it. */
    static Map<String, Object> scheme(int perHour, int early, String earlyBefore, int fullMonth, int cleanRecord) {
        return new java.util.HashMap<>(Map.of("pointsPerHour", perHour, "earlyRunBonus", early, "earlyBefore", earlyBefore,
                "fullMonthBonus", fullMonth, "cleanRecordBonus", cleanRecord));
    }

    static void setScheme(String coordinator, long villageId, Map<String, Object> scheme) {
        as(coordinator, PASSWORD).body(scheme).put("/api/v1/villages/" + villageId + "/points-scheme").then().statusCode(200);
    }

    /** Hours recorded by hand; returns the entry's id. */
    static long hours(String coordinator, long villageId, String kind, long id, String type, String day, int minutes,
                      String note) {
        return as(coordinator, PASSWORD).body(Map.of("kind", type, "serviceDate", day, "minutes", minutes, "note", note))
                .post("/api/v1/villages/" + villageId + "/volunteers/" + kind + "/" + id + "/hours")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
