package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.schoolshuttle.routing.RoutingCalls.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A service whose map is missing stays up, says why it is not ready, and refuses routing with 503. */
@QuarkusTest
@TestProfile(MissingMapTest.MissingMap.class)
class MissingMapTest {

    public static class MissingMap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shuttle.routing.osm-file", "routing-data/no-such-region.osm.pbf");
        }
    }

    @Test
    void readinessIsDownWithTheReasonAndRoutingAnswers503() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/q/health/ready").body().asString().contains("failed"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'road-network' }.data.state", containsString("no-such-region.osm.pbf"));
        given().when().get("/q/health/live").then().statusCode(200);
        signedIn().queryParam("from", "30.3,112.2").queryParam("to", "30.31,112.21")
                .when().get("/api/v1/routing/route")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("shuttle.routing.osm-file"));
    }
}
