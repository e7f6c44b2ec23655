package org.schoolshuttle.ledger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** A route's month of costs and income beside the children it carried; what a sponsor may see of it. */
@QuarkusTest
class LedgerTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    static Map<String, Object> entry(String month, String category, String amount, Long sponsorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("month", month);
        body.put("category", category);
        body.put("amount", amount);
        body.put("sponsorId", sponsorId);
        body.put("note", "发票 2026-11");
        return body;
    }

    @Test
    void aRoutesMonthGivesCostPerChildAndWhatEachFamilyPays() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        long route = s.routes().get(0);
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        Runs.completeRun(s, "TO_SCHOOL");
        String month = YearMonth.from(Runs.today()).toString();
        String path = "/api/v1/ledger/routes/" + route;
        as(s.coordinator(), PASSWORD).body(entry(month, "FUEL", "600.00", null)).post(path + "/entries").then().statusCode(201);
        as(s.coordinator(), PASSWORD).body(entry(month, "DRIVER_PAY", "300", null)).post(path + "/entries").then().statusCode(201);
        long mistake = as(s.coordinator(), PASSWORD).body(entry(month, "INSURANCE", "9999", null)).post(path + "/entries")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(s.coordinator(), PASSWORD).body(entry(month, "SPONSOR_FUNDS", "800", s.sponsor())).post(path + "/entries").then()
                .statusCode(201).body("cost", equalTo(false));
        as(s.coordinator(), PASSWORD).body(entry(month, "FAMILY_FEES", "90", null)).post(path + "/entries").then().statusCode(201);
        as(s.coordinator(), PASSWORD).delete("/api/v1/ledger/entries/" + mistake).then().statusCode(204);

        JsonPath m = as(s.coordinator(), PASSWORD).queryParam("month", month).get(path).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, m.getList("entries").size(), "the mistaken entry is gone");
        assertEquals(900.0, m.getDouble("totals.costs"));
        assertEquals(890.0, m.getDouble("totals.income"));
        assertEquals(-10.0, m.getDouble("totals.balance"));
        assertEquals(1, m.getInt("completedRuns"));
        assertEquals(3, m.getInt("childrenServed"), "three children rode");
        assertEquals(1, m.getInt("familiesServed"), "of one family");
        assertEquals(300.0, m.getDouble("costPerChild"));
        assertEquals(90.0, m.getDouble("feePerFamily"));

        // Another month: nothing recorded, nobody rode, no cost per child to divide.
        JsonPath empty = as(s.coordinator(), PASSWORD).queryParam("month", "2020-01").get(path).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, empty.getInt("childrenServed"));
        assertNull(empty.get("costPerChild"));

        // The audit log kept the deleted entry.
        as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).queryParam("entityType", "ledger-entry")
                .queryParam("entityId", mistake).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("DELETE"));

        // A sponsor's login sees the totals of what it funds, not the entries.
        Map<String, Object> sponsorship = new HashMap<>();
        sponsorship.put("sponsorId", s.sponsor());
        sponsorship.put("routeId", route);
        sponsorship.put("startsOn", Runs.today().withDayOfMonth(1).toString());
        sponsorship.put("amountCommitted", "5000");
        as(s.coordinator(), PASSWORD).body(sponsorship).post("/api/v1/sponsorships").then().statusCode(201);
        String login = Api.unique("sp");
        as(s.coordinator(), PASSWORD).body(Map.of("username", login, "displayName", "Sponsor", "password", PASSWORD))
                .post("/api/v1/sponsors/" + s.sponsor() + "/account").then().statusCode(201);
        JsonPath seen = as(login, PASSWORD).queryParam("from", month).queryParam("to", month)
                .get("/api/v1/ledger/sponsors/" + s.sponsor()).then().statusCode(200).extract().jsonPath();
        assertEquals(900.0, seen.getDouble("totals.costs"));
        assertEquals(800.0, seen.getDouble("fundsFromSponsor"));
        assertNull((Object) seen.get("entries"), "no single entry for a sponsor");
        as(login, PASSWORD).get(path).then().statusCode(403);
        as(login, PASSWORD).body(entry(month, "FUEL", "1", null)).post(path + "/entries").then().statusCode(403);

        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        as(other.coordinator(), PASSWORD).get(path).then().statusCode(404);
        as(other.coordinator(), PASSWORD).body(entry(month, "FUEL", "1", null)).post(path + "/entries").then().statusCode(404);
        as(other.coordinator(), PASSWORD).delete("/api/v1/ledger/entries/" + mistake + 1).then().statusCode(404);
        as(other.coordinator(), PASSWORD).get("/api/v1/ledger/sponsors/" + s.sponsor()).then().statusCode(404);
        as(s.driver(), PASSWORD).get(path).then().statusCode(403);
        as(s.parent(), PASSWORD).get("/api/v1/ledger/sponsors/" + s.sponsor()).then().statusCode(403);
        RestAssured.given().get(path).then().statusCode(401);
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndNothingIsRecorded() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        String path = "/api/v1/ledger/routes/" + s.routes().get(0);
        String month = YearMonth.from(Runs.today()).toString();
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "SPONSOR_FUNDS", "10", null))
                .post(path + "/entries"), 422, "sponsorId");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "FUEL", "10", s.sponsor()))
                .post(path + "/entries"), 422, "sponsorId");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "SPONSOR_FUNDS", "10", other.sponsor()))
                .post(path + "/entries"), 422, "sponsorId");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry("2999-01", "FUEL", "10", null))
                .post(path + "/entries"), 422, "month");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "FUEL", "0", null))
                .post(path + "/entries"), 400, "amount");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "FUEL", "1.999", null))
                .post(path + "/entries"), 400, "amount");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(month, "FUEL", null, null))
                .post(path + "/entries"), 400, "amount");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).body(entry(null, "FUEL", "1", null))
                .post(path + "/entries"), 400, "month");
        as(s.coordinator(), PASSWORD).body(entry("November", "FUEL", "1", null)).post(path + "/entries").then()
                .statusCode(400).contentType("application/problem+json");
        as(s.coordinator(), PASSWORD).body(entry(month, "CANDY", "1", null)).post(path + "/entries").then()
                .statusCode(400).contentType("application/problem+json");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).queryParam("month", "2026-13").get(path), 400, "month");
        Fleet.assertProblem(as(s.coordinator(), PASSWORD).queryParam("from", "2026-05").queryParam("to", "2026-01")
                .get("/api/v1/ledger/sponsors/" + s.sponsor()), 422, "to");
        as(s.coordinator(), PASSWORD).queryParam("month", month).get(path).then().statusCode(200)
                .body("entries.size()", equalTo(0));
    }
}
