package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coordinator's dashboard counts what the village has, and an alert dealt with leaves it. */
@QuarkusTest
class DashboardPageTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    private static String figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(page);
        assertTrue(m.find(), id + " is on the dashboard");
        return m.group(1);
    }

    @Test
    void theDashboardCountsSeatsRunsAlertsAndRoutesWithoutASponsor() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        // Today's runs have no driver yet: generated BLOCKED, each with an alert.
        Runs.generate(s, Runs.today());
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        String page = coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .extract().asString();
        assertEquals("3", figure(page, "served"));
        assertEquals("0", figure(page, "waiting"));
        assertTrue(page.contains("<td>Blocked</td><td>2</td>"), "both of today's runs are blocked: " + page);
        assertTrue(page.contains("Run cannot start"), "the alerts are listed");
        assertTrue(!page.contains("id=\"unsponsored\""), "the routes have their vehicle's owner as sponsor");

        // A child in a wheelchair registered now waits (the minibus has no wheelchair place), counted by reason.
        Map<String, Object> wheelchair = Plans.child(s.schoolId(),
                Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 1).get(0));
        wheelchair.put("needsWheelchair", true);
        Api.as(s.parent(), Api.PASSWORD).body(wheelchair).post("/api/v1/children").then().statusCode(201);
        String waiting = coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .extract().asString();
        assertEquals("3", figure(waiting, "served"));
        assertEquals("1", figure(waiting, "waiting"));
        assertTrue(waiting.contains("<tr><td>No vehicle on a nearby route has the wheelchair place or booster seat the "
                + "child needs free.</td><td>1</td></tr>"), waiting);

        JsonPath alerts = Api.as(s.coordinator(), Api.PASSWORD).queryParam("villageId", s.villageId())
                .get("/api/v1/alerts").then().statusCode(200).extract().jsonPath();
        long first = alerts.getLong("items[0].id");
        coordinator.form().post("/app/coordinator/alerts/" + first + "/acknowledge?villageId=" + s.villageId())
                .then().statusCode(303);
        coordinator.page("/app/coordinator?villageId=" + s.villageId()).then()
                .body(not(containsString("/app/coordinator/alerts/" + first + "/acknowledge")));
        assertEquals(alerts.getList("items").size() - 1, Api.as(s.coordinator(), Api.PASSWORD)
                .queryParam("villageId", s.villageId()).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getList("items").size());

        // A route whose sponsor is taken off is listed as without one, until it names one again.
        long morning = s.routes().get(0);
        Api.as(s.coordinator(), Api.PASSWORD).body(Map.of("fundingModel", "SOCIAL_ORGANISATION", "sponsorIds", List.of()))
                .put("/api/v1/routes/" + morning).then().statusCode(200);
        String unsponsored = coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .extract().asString();
        Matcher listed = Pattern.compile("id=\"unsponsored\">(.*?)</ul>", Pattern.DOTALL).matcher(unsponsored);
        assertTrue(listed.find(), unsponsored);
        assertTrue(listed.group(1).contains("Route 1 to school") && !listed.group(1).contains("from school"),
                "only the route without a sponsor: " + listed.group(1));
        // A sponsorship from six weeks on does not fund today; one running today does, and ending in 40 days it is
        // not yet among those ending soon.
        Map<String, Object> sponsorship = new java.util.HashMap<>(Map.of("sponsorId", s.sponsor(),
                "routeId", morning, "startsOn", Runs.today().plusDays(42).toString(), "seatsCommitted", 3));
        Api.as(s.coordinator(), Api.PASSWORD).body(sponsorship).post("/api/v1/sponsorships").then().statusCode(201);
        coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("id=\"unsponsored\""));
        sponsorship.put("startsOn", Runs.today().toString());
        sponsorship.put("endsOn", Runs.today().plusDays(40).toString());
        Api.as(s.coordinator(), Api.PASSWORD).body(sponsorship).post("/api/v1/sponsorships").then().statusCode(201);
        coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .body(not(containsString("id=\"unsponsored\""))).body(not(containsString("id=\"ending-soon\"")));
        Runs.crew(s, morning, s.driverId(), null);
        coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .body(not(containsString("id=\"unsponsored\"")));

        // Another village's coordinator cannot deal with this village's alerts.
        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page("/app/coordinator");
        long second = alerts.getLong("items[1].id");
        stranger.form().post("/app/coordinator/alerts/" + second + "/acknowledge").then().statusCode(404);
    }

    @Test
    void aCoordinatorNamesACrewOnTheRoutesPageAndTheBlockedRunCanGo() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.generate(s, Runs.today());
        long route = s.routes().get(0);
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        coordinator.page("/app/coordinator/routes?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("id=\"route-" + route + "\""));

        coordinator.form().formParam("driverId", String.valueOf(s.driverId())).formParam("fundingModel", "SIDEWAYS")
                .post("/app/coordinator/routes/" + route + "?villageId=" + s.villageId()).then().statusCode(400)
                .body(containsString("fundingModel"));
        coordinator.form().formParam("driverId", "nobody").formParam("fundingModel", "SOCIAL_ORGANISATION")
                .post("/app/coordinator/routes/" + route + "?villageId=" + s.villageId()).then().statusCode(400)
                .body(containsString("driverId"));
        assertEquals("BLOCKED", runStatus(s, run), "a refused form changes nothing");

        coordinator.form().formParam("driverId", String.valueOf(s.driverId())).formParam("fundingModel", "SOCIAL_ORGANISATION")
                .formParam("sponsorId", String.valueOf(s.sponsor()))
                .post("/app/coordinator/routes/" + route + "?villageId=" + s.villageId()).then().statusCode(303);
        assertEquals("SCHEDULED", runStatus(s, run), "the run has a fit driver now");
        coordinator.page("/app/coordinator/routes?villageId=" + s.villageId()).then()
                .body(containsString("value=\"" + s.sponsor() + "\" checked"));

        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page("/app/coordinator/routes");
        stranger.form().formParam("fundingModel", "SOCIAL_ORGANISATION").post("/app/coordinator/routes/" + route)
                .then().statusCode(404);
        stranger.page("/app/coordinator/routes?villageId=" + s.villageId()).then().statusCode(404);
    }

    private static String runStatus(Runs.Setup s, long run) {
        return Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200)
                .extract().jsonPath().getString("run.status");
    }
}
