package org.schoolshuttle.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health, metrics, API documentation and errors for addresses that do not exist. */
@QuarkusTest
class OperationsEndpointsTest {

    @BeforeEach
    void ready() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void readinessCoversTheRoadNetworkAndTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("road-network"))
                .body("checks.find { it.name == 'road-network' }.data.extract", equalTo("demo-township.osm.gz"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().queryParam("point", "30.306295,112.203125").get("/api/v1/routing/snap");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentsTheRoutingApi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/routing/route"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/routing/matrix"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/geocode"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownAddressesAndMethodsAnswerWithProblemJson() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().delete("/api/v1/routing/route").then().statusCode(405)
                .contentType("application/problem+json").body("title", equalTo("Method Not Allowed"));
    }
}
