package org.schoolshuttle.live;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run replays a position track along its own road geometry: the ETA to each stop comes down as the shuttle
 * approaches, "the shuttle is near" goes out once per stop and family, and nobody else sees the shuttle.
 */
@QuarkusTest
class LiveRunTest {

    @Inject
    RoutingService routing;

    @Inject
    PositionPurge purge;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    private record Started(Runs.Setup setup, long runId, double[][] line) {
    }

    /** Today's morning run of a published plan, with its driver, started. */
    private Started started(int children) {
        Runs.Setup s = Runs.publishedPlan(routing, children, Map.of());
        long run = LiveTrack.started(s);
        return new Started(s, run, LiveTrack.lineOf(s.driver(), run));
    }

    private static Map<String, Object> position(double[] lonLat, Instant at) {
        return LiveTrack.position(lonLat, at);
    }

    private static JsonPath send(String driver, long run, List<Map<String, Object>> positions, int status) {
        return LiveTrack.send(driver, run, positions, status);
    }

    private static long messages(String parent, String topic) {
        return LiveTrack.messages(parent, topic);
    }

    @Test
    void theEtaComesDownAlongTheTrackAndTheNearMessageGoesOutOnce() {
        Started r = started(2);
        assertTrue(LiveTrack.along(r.line(), 60).size() >= 5, "a track of several fixes");
        assertTrue(LiveTrack.replay(r.setup(), r.runId(), r.line(), 60) >= 1, "the family saw at least one ETA");
        JsonPath live = Api.as(r.setup().driver(), Api.PASSWORD).get("/api/v1/live/runs/" + r.runId()).then()
                .statusCode(200).body("positionKnown", equalTo(true)).extract().jsonPath();
        // Both children of the family wait at the stops of this run: one "near" per stop, never repeated.
        long stops = live.getList("stops").size();
        long near = messages(r.setup().parent(), LiveNotices.NEAR);
        assertTrue(near >= 1 && near <= stops, "one near message per stop of the family: " + near + " for " + stops + " stops");
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now())), 200);
        assertEquals(near, messages(r.setup().parent(), LiveNotices.NEAR), "a fix back at the start sends nothing again");
    }

    @Test
    void aFamilySeesTheShuttleOnlyWhileItComesToTheirStop() {
        Started r = started(1);
        long child = r.setup().children().get(0);
        double[] start = r.line()[0];
        send(r.setup().driver(), r.runId(), List.of(position(start, Instant.now())), 200);
        JsonPath seen = Api.as(r.setup().parent(), Api.PASSWORD).get("/api/v1/live/children/" + child).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(List.of("ON_ITS_WAY", "AT_STOP").contains(seen.getString("state")), seen.prettify());
        assertNotNull(seen.get("shuttle"));
        // The child boards: the shuttle is no longer coming to this family's stop, and is not shown to them.
        Api.as(r.setup().driver(), Api.PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", child))))
                .post("/api/v1/runs/" + r.runId() + "/events").then().statusCode(200);
        JsonPath after = Api.as(r.setup().parent(), Api.PASSWORD).get("/api/v1/live/children/" + child).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("PASSED", after.getString("state"));
        assertNull(after.get("shuttle"), "no shuttle position once it has left the family's stop");
    }

    @Test
    void positionsComeOnlyFromTheRunsOwnDriverWhileItIsOnItsWay() {
        Started r = started(1);
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        Map<String, Object> fix = position(r.line()[0], Instant.now());
        send(other.driver(), r.runId(), List.of(fix), 404);
        Api.as(r.setup().parent(), Api.PASSWORD).body(Map.of("positions", List.of(fix)))
                .post("/api/v1/live/runs/" + r.runId() + "/positions").then().statusCode(403);
        // Nobody outside the run's family and village sees it.
        Api.as(other.parent(), Api.PASSWORD).get("/api/v1/live/children/" + r.setup().children().get(0)).then().statusCode(404);
        Api.as(other.driver(), Api.PASSWORD).get("/api/v1/live/runs/" + r.runId()).then().statusCode(404);
        Api.as(other.coordinator(), Api.PASSWORD).get("/api/v1/live/runs/" + r.runId()).then().statusCode(404);
        Api.as(other.coordinator(), Api.PASSWORD).get("/api/v1/live/villages/" + r.setup().villageId()).then().statusCode(404);
        Api.as(r.setup().parent(), Api.PASSWORD).get("/api/v1/live/villages/" + r.setup().villageId()).then().statusCode(403);
        // The route's own sponsor sees what its money delivered, never where the children are.
        String sponsor = Api.unique("sponsor");
        Api.as(r.setup().coordinator(), Api.PASSWORD).body(Map.of("username", sponsor, "displayName", "刘女士",
                "password", Api.PASSWORD)).post("/api/v1/sponsors/" + r.setup().sponsor() + "/account").then().statusCode(201);
        Api.as(sponsor, Api.PASSWORD).get("/api/v1/live/runs/" + r.runId()).then().statusCode(403);
        Api.as(sponsor, Api.PASSWORD).get("/api/v1/live/children/" + r.setup().children().get(0)).then().statusCode(403);
        Api.as(sponsor, Api.PASSWORD).get("/api/v1/live/villages/" + r.setup().villageId()).then().statusCode(403);
        Api.as(sponsor, Api.PASSWORD).body(Map.of("positions", List.of(fix)))
                .post("/api/v1/live/runs/" + r.runId() + "/positions").then().statusCode(403);

        // Bad positions are refused whole, naming the field.
        Map<String, Object> nowhere = position(new double[] {181, 91}, Instant.now());
        Api.as(r.setup().driver(), Api.PASSWORD).body(Map.of("positions", List.of(fix, nowhere)))
                .post("/api/v1/live/runs/" + r.runId() + "/positions").then().statusCode(400)
                .body("errors.field", hasItem("positions[1].lat"));
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now().plusSeconds(3600))), 400);
        assertEquals(0L, count(r.runId()), "a refused batch stores nothing");

        // Sent twice (a retry), kept once.
        JsonPath first = send(r.setup().driver(), r.runId(), List.of(fix), 200);
        JsonPath again = send(r.setup().driver(), r.runId(), List.of(fix), 200);
        assertEquals(1, first.getInt("recorded"));
        assertEquals(1, again.getInt("alreadyRecorded"));

        // The coordinator's village map has the run where it was heard from.
        Api.as(r.setup().coordinator(), Api.PASSWORD).get("/api/v1/live/villages/" + r.setup().villageId()).then()
                .statusCode(200).body("find { it.runId == " + r.runId() + " }.positionKnown", equalTo(true));

        Api.as(r.setup().driver(), Api.PASSWORD).body(Map.of("exceptions", List.of(Map.of("childId",
                        r.setup().children().get(0), "note", "stayed home, the grandmother called"))))
                .post("/api/v1/runs/" + r.runId() + "/complete").then().statusCode(200);
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now())), 409);
    }

    @Test
    void aFixThatWaitedOnAnOfflinePhoneIsKeptButMovesNothing() {
        Started r = started(1);
        double[] start = r.line()[0];
        JsonPath outcome = send(r.setup().driver(), r.runId(), List.of(position(start, Instant.now().minusSeconds(600))), 200);
        assertEquals(1, outcome.getInt("recorded"), "kept for the record");
        assertEquals(0, messages(r.setup().parent(), LiveNotices.NEAR), "no near message from a ten-minute-old fix");
        Api.as(r.setup().parent(), Api.PASSWORD).get("/api/v1/live/children/" + r.setup().children().get(0)).then()
                .statusCode(200).body("state", equalTo("POSITION_UNKNOWN")).body("eta", equalTo(null));
        Api.as(r.setup().driver(), Api.PASSWORD).get("/api/v1/live/runs/" + r.runId()).then().statusCode(200)
                .body("positionKnown", equalTo(false));
    }

    @Test
    void positionsAreDeletedAfterTheRetentionDays() {
        Started r = started(1);
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now())), 200);
        age(r.runId(), 8);
        assertTrue(purge.purge() >= 1);
        assertEquals(0L, count(r.runId()));
    }

    @Transactional
    void age(long runId, int days) {
        em.createNativeQuery("update run_position set received_at = ?1 where run_id = ?2")
                .setParameter(1, Instant.now().minusSeconds(days * 86_400L)).setParameter(2, runId).executeUpdate();
    }

    @Transactional
    long count(long runId) {
        return ((Number) em.createNativeQuery("select count(*) from run_position where run_id = ?1")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    @Test
    void aFamilyChoosesHowEarlyToHearAndNobodyIsToldTwice() {
        Started r = started(1);
        String parent = r.setup().parent();
        for (int wrong : new int[] {0, 31}) {
            Api.as(parent, Api.PASSWORD).body(Map.of("givenName", "明", "familyName", "王", "nearMinutes", wrong))
                    .put("/api/v1/family").then().statusCode(400).body("errors.field", hasItem("nearMinutes"));
        }
        Api.as(parent, Api.PASSWORD).get("/api/v1/family").then().body("nearMinutes", equalTo(5));
        Api.as(parent, Api.PASSWORD).body(Map.of("givenName", "明", "familyName", "王", "nearMinutes", 1))
                .put("/api/v1/family").then().statusCode(200).body("nearMinutes", equalTo(1));
        // At the family's own stop the shuttle is 0 minutes away: within 1, told once however often it reports.
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now())), 200);
        send(r.setup().driver(), r.runId(), List.of(position(r.line()[0], Instant.now())), 200);
        assertEquals(1, messages(parent, LiveNotices.NEAR));
    }
}
