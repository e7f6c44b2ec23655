package org.schoolshuttle.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** Sponsorships assigned, shown, ended, followed through a new plan; bad requests change nothing. */
@QuarkusTest
class SponsorshipTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    static Map<String, Object> routeSponsorship(long sponsor, long route, String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("sponsorId", sponsor);
        body.put("routeId", route);
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("seatsCommitted", 10);
        body.put("amountCommitted", "12000.50");
        body.put("note", "爱心企业 term support");
        return body;
    }

    @Test
    void aCoordinatorAssignsARouteSponsorshipThatFollowsANewPlanAndEndsIt() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        long route = s.routes().get(0);
        String today = Runs.today().toString();
        JsonPath made = as(s.coordinator(), PASSWORD).body(routeSponsorship(s.sponsor(), route, today,
                        Runs.today().plusDays(20).toString()))
                .post("/api/v1/sponsorships").then().statusCode(201).extract().jsonPath();
        long id = made.getLong("id");
        assertEquals("ROUTE", made.getString("target"));
        assertEquals(route, made.getLong("routeId"));
        assertEquals("ACTIVE", made.getString("status"));
        assertEquals(true, made.getBoolean("endingSoon"), "its last day is within 30 days");
        assertEquals(12000.5, made.getDouble("amountCommitted"));

        // The dashboard lists it as ending soon.
        as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).queryParam("status", "ACTIVE")
                .get("/api/v1/sponsorships").then().statusCode(200).body("id", hasItem((int) id));

        // Re-planning makes new routes; the sponsorship follows the route of the same vehicle and direction.
        JsonPath draft = Plans.draft(s.coordinator(), s.schoolId());
        as(s.coordinator(), PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);
        long successor = draft.getLong("routes.find { it.direction == 'TO_SCHOOL' }.id");
        as(s.coordinator(), PASSWORD).get("/api/v1/sponsorships/" + id).then().statusCode(200)
                .body("routeId", equalTo((int) successor));

        // Ended today: it can be shortened, never lengthened or ended before it began.
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(Map.of("lastDay", Runs.today().plusDays(40).toString()))
                .post("/api/v1/sponsorships/" + id + "/end"), 422, "lastDay");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(Map.of("lastDay", Runs.today().minusDays(1).toString()))
                .post("/api/v1/sponsorships/" + id + "/end"), 422, "lastDay");
        as(s.coordinator(), PASSWORD).body(Map.of()).post("/api/v1/sponsorships/" + id + "/end").then().statusCode(200)
                .body("endsOn", equalTo(today)).body("status", equalTo("ACTIVE"));
        as(s.coordinator(), PASSWORD).body(Map.of("lastDay", today)).post("/api/v1/sponsorships/" + id + "/end").then()
                .statusCode(200);

        // The audit log has the assignment and the end.
        as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).queryParam("entityType", "sponsorship")
                .get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void aVehicleSponsorshipAndWhoMaySeeIt() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Map<String, Object> body = new HashMap<>();
        body.put("sponsorId", s.sponsor());
        body.put("vehicleId", s.vehicle());
        body.put("startsOn", Runs.today().minusDays(10).toString());
        body.put("seatsCommitted", 14);
        long id = as(s.coordinator(), PASSWORD).body(body).post("/api/v1/sponsorships").then().statusCode(201)
                .body("target", equalTo("VEHICLE")).body("vehiclePlate", not(equalTo(null)))
                .body("endingSoon", equalTo(false)).extract().jsonPath().getLong("id");

        // The sponsor's own login sees its own sponsorships and nobody else's.
        String login = Api.unique("sp");
        as(s.coordinator(), PASSWORD).body(Map.of("username", login, "displayName", "阳光公司", "password", PASSWORD))
                .post("/api/v1/sponsors/" + s.sponsor() + "/account").then().statusCode(201);
        as(login, PASSWORD).get("/api/v1/sponsorships").then().statusCode(200).body("id", equalTo(List.of((int) id)));
        as(login, PASSWORD).get("/api/v1/sponsorships/" + id).then().statusCode(200);
        as(login, PASSWORD).body(Map.of()).post("/api/v1/sponsorships/" + id + "/end").then().statusCode(403);

        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        as(other.coordinator(), PASSWORD).get("/api/v1/sponsorships/" + id).then().statusCode(404);
        as(other.coordinator(), PASSWORD).body(Map.of()).post("/api/v1/sponsorships/" + id + "/end").then().statusCode(404);
        as(other.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/sponsorships").then()
                .statusCode(404);
        as(s.parent(), PASSWORD).get("/api/v1/sponsorships/" + id).then().statusCode(403);
        as(s.driver(), PASSWORD).body(body).post("/api/v1/sponsorships").then().statusCode(403);
        RestAssured.given().get("/api/v1/sponsorships/" + id).then().statusCode(401);
        // Another village's coordinator cannot give this village's sponsor a sponsorship.
        as(other.coordinator(), PASSWORD).body(body).post("/api/v1/sponsorships").then().statusCode(404);
    }

    @Test
    void badSponsorshipsAreRefusedNamingTheFieldAndNothingIsSaved() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        long route = s.routes().get(0);
        String today = Runs.today().toString();
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        Map<String, Object> both = routeSponsorship(s.sponsor(), route, today, null);
        both.put("vehicleId", s.vehicle());
        bad.put("422 vehicleId", both);
        Map<String, Object> neither = routeSponsorship(s.sponsor(), route, today, null);
        neither.remove("routeId");
        bad.put("422 routeId", neither);
        bad.put("422 endsOn", routeSponsorship(s.sponsor(), route, today, Runs.today().minusDays(1).toString()));
        Map<String, Object> nothing = routeSponsorship(s.sponsor(), route, today, null);
        nothing.remove("seatsCommitted");
        nothing.remove("amountCommitted");
        bad.put("422 seatsCommitted", nothing);
        Map<String, Object> tooMany = routeSponsorship(s.sponsor(), route, today, null);
        tooMany.put("seatsCommitted", 160);
        bad.put("400 seatsCommitted", tooMany);
        Map<String, Object> moreThanTheRoute = routeSponsorship(s.sponsor(), route, today, null);
        moreThanTheRoute.put("seatsCommitted", 60);
        bad.put("422 seatsCommitted  ", moreThanTheRoute);
        Map<String, Object> fen = routeSponsorship(s.sponsor(), route, today, null);
        fen.put("amountCommitted", "10.005");
        bad.put("400 amountCommitted", fen);
        Map<String, Object> negative = routeSponsorship(s.sponsor(), route, today, null);
        negative.put("amountCommitted", "-5");
        bad.put("400 amountCommitted ", negative);
        bad.put("422 routeId ", routeSponsorship(s.sponsor(), other.routes().get(0), today, null));
        Map<String, Object> noStart = routeSponsorship(s.sponsor(), route, null, null);
        bad.put("400 startsOn", noStart);
        Map<String, Object> long_ = routeSponsorship(s.sponsor(), route, today, null);
        long_.put("note", "x".repeat(501));
        bad.put("400 note", long_);
        int before = count(s);
        bad.forEach((key, body) -> Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(body)
                .post("/api/v1/sponsorships"), Integer.parseInt(key.substring(0, 3)), key.substring(4).trim()));
        as(s.coordinator(), PASSWORD).body("{\"sponsorId\": \"abc\"}").post("/api/v1/sponsorships").then()
                .statusCode(400).contentType("application/problem+json");
        as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).queryParam("status", "SOMETIME")
                .get("/api/v1/sponsorships").then().statusCode(400);
        assertEquals(before, count(s), "nothing saved");
    }

    private static int count(Runs.Setup s) {
        return as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/sponsorships").then()
                .statusCode(200).extract().jsonPath().getList("id").size();
    }
}
