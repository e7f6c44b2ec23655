package org.schoolshuttle.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A driver runs a whole run on the phone screen, and a run done offline reaches the service on reconnect. */
@QuarkusTest
class DriverBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    RoutingService routing;

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    private Runs.Setup todaysRuns() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        for (long route : s.routes()) {
            Runs.crew(s, route, s.driverId(), null);
        }
        Runs.generate(s, Runs.today());
        return s;
    }

    private static void tapAll(Browser b, String type) {
        for (WebElement button : b.all(".rider button[data-type=" + type + "]")) {
            b.script("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
        }
    }

    @Test
    void aDriverRunsAWholeRunAndIsRefusedCompletionWhileAChildIsOnBoard() {
        Runs.Setup s = todaysRuns();
        LocalDate today = Runs.today();
        long morning = Runs.runId(s, today, "TO_SCHOOL");
        try (Browser b = Browser.open(base, true, "en-GB")) {
            b.signIn(s.driver(), Api.PASSWORD);
            assertTrue(b.url().endsWith("/app/driver"), b.url());
            b.find("#runs");
            b.screenshot("driver-1-todays-runs");
            b.go("/app/driver/runs/" + morning);
            b.click("#start-run");
            b.waitUntil("the run is on its way", d -> "IN_PROGRESS".equals(b.find("#run").getAttribute("data-status")),
                    Duration.ofSeconds(10));
            assertTrue(Integer.parseInt(b.find("#run-map").getAttribute("data-drawn")) >= 2, "stops and school are drawn");

            // The driver shares the phone's position: it reaches the service and families see the run coming.
            JsonPath stops = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/live/runs/" + morning).then().statusCode(200)
                    .extract().jsonPath();
            b.locatedAt(stops.getDouble("stops[0].lat"), stops.getDouble("stops[0].lon"));
            b.click("#share-position");
            b.waitUntil("the position reaches the service", d -> Api.as(s.driver(), Api.PASSWORD)
                    .get("/api/v1/live/runs/" + morning).then().extract().jsonPath().getBoolean("positionKnown"),
                    Duration.ofSeconds(20));
            assertTrue(List.of("ON_ITS_WAY", "AT_STOP").contains(Api.as(s.parent(), Api.PASSWORD)
                    .get("/api/v1/live/children/" + s.children().get(0)).then().statusCode(200)
                    .extract().jsonPath().getString("state")), "the family sees the shuttle coming");
            tapAll(b, "CHECKED_ON");
            b.waitUntil("the taps are sent", d -> "0".equals(b.find("#run").getAttribute("data-pending")), Duration.ofSeconds(15));
            b.screenshot("driver-2-children-on-board");

            b.click("#complete-run");
            b.waitFor("#problem");
            assertTrue(b.text("#problem").contains("on board"), "completion is refused naming the children: " + b.text("#problem"));
            assertEquals("IN_PROGRESS", b.find("#run").getAttribute("data-status"));
            b.screenshot("driver-3-complete-refused");

            tapAll(b, "CHECKED_OFF");
            b.waitUntil("the taps are sent", d -> "0".equals(b.find("#run").getAttribute("data-pending")), Duration.ofSeconds(15));
            b.click("#complete-run");
            b.waitUntil("the run is completed", d -> "COMPLETED".equals(b.find("#run").getAttribute("data-status")),
                    Duration.ofSeconds(15));
            b.screenshot("driver-4-completed");
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            b.go("/app/driver/runs/" + morning);
            b.find("#run");
            assertTrue(b.fitsWidth(), "the run screen fits a 360 px phone");
        }
        JsonPath run = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/runs/" + morning).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("COMPLETED", run.getString("run.status"));
        assertEquals(List.of("OFF", "OFF"), run.getList("stops.children.flatten().state"));
    }

    @Test
    void tapsMadeOfflineAreKeptAndSentOnReconnect() {
        Runs.Setup s = todaysRuns();
        long afternoon = Runs.runId(s, Runs.today(), "FROM_SCHOOL");
        try (Browser b = Browser.open(base, true, "zh-CN")) {
            b.signIn(s.driver(), Api.PASSWORD);
            b.go("/app/driver/runs/" + afternoon);
            b.click("#start-run");
            b.waitUntil("the run is on its way", d -> "IN_PROGRESS".equals(b.find("#run").getAttribute("data-status")),
                    Duration.ofSeconds(10));

            b.offline(true);
            tapAll(b, "CHECKED_ON");
            b.waitFor("#pending");
            assertEquals("2", b.text("#pending-count"), "both taps wait on the phone");
            b.screenshot("driver-5-offline-pending");
            JsonPath meanwhile = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/runs/" + afternoon).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of("EXPECTED", "EXPECTED"), meanwhile.getList("stops.children.flatten().state"),
                    "nothing reached the service while offline");

            b.offline(false);
            b.waitUntil("the queue empties on reconnect", d -> "0".equals(b.find("#run").getAttribute("data-pending")),
                    Duration.ofSeconds(20));
            b.screenshot("driver-6-replayed");
        }
        JsonPath run = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/runs/" + afternoon).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ON_BOARD", "ON_BOARD"), run.getList("stops.children.flatten().state"));
    }
}
