package org.schoolshuttle.report;

import io.restassured.path.json.JsonPath;
import org.schoolshuttle.Api;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * A sponsored morning route that ran today with its three children (one family), 450 yuan of fuel and 500 of the
 * sponsor's funds recorded this month, and a login for the sponsor.
 */
public record ReportScene(Runs.Setup s, String sponsorLogin, List<String> childNames) {

    public static ReportScene create(RoutingService routing) {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        long route = s.routes().get(0);
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Map<String, Object> sponsorship = new HashMap<>();
        sponsorship.put("sponsorId", s.sponsor());
        sponsorship.put("routeId", route);
        sponsorship.put("startsOn", Runs.today().minusDays(3).toString());
        sponsorship.put("seatsCommitted", 8);
        sponsorship.put("amountCommitted", "6000");
        as(s.coordinator(), PASSWORD).body(sponsorship).post("/api/v1/sponsorships").then().statusCode(201);
        Runs.generate(s, Runs.today());
        Runs.completeRun(s, "TO_SCHOOL");
        String month = YearMonth.from(Runs.today()).toString();
        as(s.coordinator(), PASSWORD).body(Map.of("month", month, "category", "FUEL", "amount", "450"))
                .post("/api/v1/ledger/routes/" + route + "/entries").then().statusCode(201);
        as(s.coordinator(), PASSWORD).body(Map.of("month", month, "category", "SPONSOR_FUNDS", "amount", "500",
                "sponsorId", s.sponsor())).post("/api/v1/ledger/routes/" + route + "/entries").then().statusCode(201);
        String login = Api.unique("sp");
        as(s.coordinator(), PASSWORD).body(Map.of("username", login, "displayName", "Sponsor", "password", PASSWORD))
                .post("/api/v1/sponsors/" + s.sponsor() + "/account").then().statusCode(201);
        List<String> names = new java.util.ArrayList<>();
        for (long child : s.children()) {
            JsonPath c = as(s.parent(), PASSWORD).get("/api/v1/children/" + child).then().statusCode(200).extract().jsonPath();
            names.add(c.getString("givenName"));
            names.add(c.getString("familyName"));
        }
        return new ReportScene(s, login, names);
    }

}
