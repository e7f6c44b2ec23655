package org.schoolshuttle.routing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The routing API calls and checks that several test classes share. */
final class RoutingCalls {

    private RoutingCalls() {
    }

    /** Routing serves any signed-in account; the tests use the administrator's. */
    static io.restassured.specification.RequestSpecification signedIn() {
        return given().auth().preemptive().basic(org.schoolshuttle.Api.ADMIN, org.schoolshuttle.Api.ADMIN_PASSWORD);
    }

    static Response route(String from, String to, String profile) {
        return signedIn().queryParam("from", from).queryParam("to", to).queryParam("profile", profile)
                .when().get("/api/v1/routing/route");
    }

    static Response matrix(Object body) {
        return signedIn().contentType(ContentType.JSON).body(body).when().post("/api/v1/routing/matrix");
    }

    /** Every off-diagonal matrix cell equals the single route's time and distance within 1 s and 1 m. */
    static void assertMatrixMatchesSingleRoutes(List<String> places, String profile) {
        List<List<Double>> points = places.stream().map(RoutingCalls::pair).toList();
        Response matrix = matrix(Map.of("profile", profile, "sources", points, "targets", points));
        matrix.then().statusCode(200).body("durationsSeconds.size()", equalTo(places.size()));
        List<List<Float>> seconds = matrix.path("durationsSeconds");
        List<List<Float>> metres = matrix.path("distancesMeters");
        for (int s = 0; s < places.size(); s++) {
            assertEquals(0, seconds.get(s).get(s), 0.01, "a place is no time from itself");
            for (int t = 0; t < places.size(); t++) {
                if (s != t) {
                    Response single = route(places.get(s), places.get(t), profile);
                    assertEquals(single.<Float>path("durationSeconds"), seconds.get(s).get(t), 1.0, profile + " seconds " + s + "->" + t);
                    assertEquals(single.<Float>path("distanceMeters"), metres.get(s).get(t), 1.0, profile + " metres " + s + "->" + t);
                }
            }
        }
    }

    static void assertProblem(Response response, int status, String field, String reasonPart) {
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("/problems/"))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(reasonPart))
                .body("detail", not(containsString("Exception")));
    }

    static List<Double> pair(String latLon) {
        String[] parts = latLon.split(",");
        return List.of(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }
}
