package org.schoolshuttle;

import org.awaitility.Awaitility;

import java.time.Duration;

import static io.restassured.RestAssured.given;

/** Tests start once the road graph is loaded (imported on the first run, into target/graph-cache). */
public final class RoadNetworkReady {

    private RoadNetworkReady() {
    }

    public static void await() {
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
