package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.YearMonth;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coordinator's funding pages: assign and end a sponsorship, keep a route's ledger; refusals change nothing. */
@QuarkusTest
class FundingPagesTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aCoordinatorAssignsAndEndsASponsorshipOnThePage() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long route = s.routes().get(0);
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        String path = "/app/coordinator/funding?villageId=" + s.villageId();
        coordinator.page(path).then().statusCode(200).body(containsString("id=\"assign\""));

        String refused = coordinator.form().formParam("sponsorId", s.sponsor()).formParam("target", "route-" + route)
                .formParam("startsOn", Runs.today().toString()).formParam("endsOn", Runs.today().minusDays(1).toString())
                .formParam("seats", "5").formParam("amount", "3000")
                .post("/app/coordinator/funding/sponsorships?villageId=" + s.villageId()).then().statusCode(422)
                .extract().asString();
        assertTrue(refused.contains("<span class=\"field\">endsOn</span>"), refused);
        assertTrue(refused.contains("value=\"3000\""), "what was typed is kept");
        assertEquals(0, count(s), "nothing saved");
        coordinator.page(path);
        coordinator.form().formParam("sponsorId", s.sponsor()).formParam("target", "route-" + route)
                .formParam("startsOn", Runs.today().toString()).formParam("seats", "abc")
                .post("/app/coordinator/funding/sponsorships?villageId=" + s.villageId()).then().statusCode(400)
                .body(containsString("seatsCommitted"));

        coordinator.page(path);
        coordinator.form().formParam("sponsorId", s.sponsor()).formParam("target", "route-" + route)
                .formParam("startsOn", Runs.today().toString()).formParam("endsOn", Runs.today().plusDays(10).toString())
                .formParam("seats", "5").formParam("amount", "3000").formParam("note", "学期资助")
                .post("/app/coordinator/funding/sponsorships?villageId=" + s.villageId()).then().statusCode(303);
        assertEquals(1, count(s));
        String page = coordinator.page(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("ends within 30 days"), "ending soon is flagged");
        long id = Api.as(s.coordinator(), Api.PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/sponsorships")
                .then().extract().jsonPath().getLong("[0].id");
        coordinator.page("/app/coordinator/routes?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("<p class=\"sponsorships\">Sponsorships: <a href=\"/app/reports/sponsors/" + s.sponsor()));
        coordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("id=\"ending-soon\""));

        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page("/app/coordinator/funding");
        stranger.form().post("/app/coordinator/funding/sponsorships/" + id + "/end").then().statusCode(404);

        coordinator.page(path);
        coordinator.form().post("/app/coordinator/funding/sponsorships/" + id + "/end?villageId=" + s.villageId())
                .then().statusCode(303);
        assertEquals(Runs.today().toString(), Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/sponsorships/" + id)
                .then().extract().jsonPath().getString("endsOn"));
        WebSession.signIn(s.parent(), Api.PASSWORD).page(path).then().statusCode(403);
    }

    @Test
    void aCoordinatorKeepsARoutesLedgerOnThePage() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long route = s.routes().get(0);
        String month = YearMonth.now().toString();
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        String path = "/app/coordinator/funding/routes/" + route + "?month=" + month;
        coordinator.page(path).then().statusCode(200).body(containsString("Nothing recorded this month."));
        coordinator.form().formParam("month", month).formParam("category", "FUEL").formParam("amount", "12,000.5x")
                .post("/app/coordinator/funding/routes/" + route + "/entries").then().statusCode(400)
                .body(containsString("<span class=\"field\">amount</span>"));
        coordinator.page(path);
        coordinator.form().formParam("month", month).formParam("category", "SPONSOR_FUNDS").formParam("amount", "100")
                .post("/app/coordinator/funding/routes/" + route + "/entries").then().statusCode(422)
                .body(containsString("<span class=\"field\">sponsorId</span>"));
        coordinator.page(path);
        coordinator.form().formParam("month", month).formParam("category", "FUEL").formParam("amount", "¥1,200.50")
                .formParam("note", "加油").post("/app/coordinator/funding/routes/" + route + "/entries").then().statusCode(303);
        String page = coordinator.page(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<span class=\"figure\" id=\"costs\">¥1200.50</span>"), page);
        long entry = Api.as(s.coordinator(), Api.PASSWORD).queryParam("month", month).get("/api/v1/ledger/routes/" + route)
                .then().extract().jsonPath().getLong("entries[0].id");
        coordinator.form().post("/app/coordinator/funding/entries/" + entry + "/delete?routeId=" + route + "&month=" + month)
                .then().statusCode(303);
        coordinator.page(path).then().statusCode(200).body(containsString("Nothing recorded this month."));

        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page(path).then().statusCode(404);
        stranger.page("/app/coordinator/funding");
        stranger.form().formParam("month", month).formParam("category", "FUEL").formParam("amount", "1")
                .post("/app/coordinator/funding/routes/" + route + "/entries").then().statusCode(404);
    }

    private static int count(Runs.Setup s) {
        return Api.as(s.coordinator(), Api.PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/sponsorships")
                .then().statusCode(200).extract().jsonPath().getList("id").size();
    }
}
