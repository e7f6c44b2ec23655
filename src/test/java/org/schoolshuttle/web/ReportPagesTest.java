package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.report.ReportScene;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report pages: a sponsor lands on its own report, a coordinator reads the village's; charts without scripts. */
@QuarkusTest
class ReportPagesTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aSponsorLandsOnItsOwnReportWithChartsAndNoNames() {
        ReportScene scene = ReportScene.create(routing);
        WebSession sponsor = WebSession.signIn(scene.sponsorLogin(), Api.PASSWORD);
        sponsor.request().redirects().follow(false).accept("text/html").get("/app").then().statusCode(303)
                .header("Location", endsWith("/app/reports/sponsor"));
        sponsor.request().redirects().follow(false).accept("text/html").get("/app/reports/sponsor").then().statusCode(303)
                .header("Location", endsWith("/app/reports/sponsors/" + scene.s().sponsor()));
        String page = sponsor.page("/app/reports/sponsors/" + scene.s().sponsor()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<span class=\"figure\" id=\"children-served\">3</span>"), page);
        assertTrue(page.contains("<svg class=\"chart\""), "a chart by month");
        assertTrue(page.contains("¥6000.00"), "money committed");
        assertTrue(page.contains("/app/reports/sponsors/" + scene.s().sponsor() + "/report.csv?from="), "a CSV link");
        assertFalse(page.contains("style=\""), "no inline style: the page's CSP forbids it");
        for (String name : scene.childNames()) {
            assertFalse(page.contains(name), "no child's name: " + name);
        }
        sponsor.request().get("/app/reports/sponsors/" + scene.s().sponsor() + "/report.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"));
        sponsor.request().get("/app/reports/sponsors/" + scene.s().sponsor() + "/report.pdf").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("application/pdf"));
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        sponsor.request().get("/app/reports/sponsors/" + other.sponsor() + "/report.pdf").then().statusCode(404);
        sponsor.page("/app/reports/sponsors/" + other.sponsor()).then().statusCode(404);
        sponsor.page("/app/reports/villages/" + scene.s().villageId()).then().statusCode(403);
    }

    @Test
    void aCoordinatorReadsTheVillageReportAndASponsorsReport() {
        ReportScene scene = ReportScene.create(routing);
        WebSession coordinator = WebSession.signIn(scene.s().coordinator(), Api.PASSWORD);
        String page = coordinator.page("/app/reports/villages/" + scene.s().villageId()).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<span class=\"figure\" id=\"registered\">3</span>"), page);
        assertTrue(page.contains("<span class=\"figure\" id=\"cost-per-child\">¥150.00</span>"), page);
        assertTrue(page.contains("id=\"by-route\""), "a table by route");
        coordinator.page("/app/coordinator/sponsors?villageId=" + scene.s().villageId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/app/reports/sponsors/" + scene.s().sponsor()));
        coordinator.page("/app/reports/sponsors/" + scene.s().sponsor()).then().statusCode(200);
        coordinator.page("/app/reports/villages/" + scene.s().villageId() + "?from=2026-05-01&to=2026-01-01").then()
                .statusCode(422);

        coordinator.request().get("/app/reports/villages/" + scene.s().villageId() + "/report.pdf").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("application/pdf"));
        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page("/app/reports/villages/" + scene.s().villageId()).then().statusCode(404);
        WebSession parent = WebSession.signIn(scene.s().parent(), Api.PASSWORD);
        parent.page("/app/reports/villages/" + scene.s().villageId()).then().statusCode(403);
        parent.page("/app/reports/sponsors/" + scene.s().sponsor()).then().statusCode(403);
    }
}
