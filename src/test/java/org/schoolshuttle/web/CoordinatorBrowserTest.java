package org.schoolshuttle.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coordinator drafts a plan, watches it compute, compares it with the published one and publishes it. */
@QuarkusTest
class CoordinatorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    RoutingService routing;

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    @Test
    void aCoordinatorDraftsComparesAndPublishesAPlan() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        try (Browser b = Browser.open(base, false, "en-GB")) {
            b.signIn(s.coordinator(), Api.PASSWORD);
            assertTrue(b.url().endsWith("/app/coordinator"), b.url());
            assertEquals("3", b.text("#served"), "the dashboard counts the children with a seat");
            b.screenshot("coordinator-1-dashboard");

            b.click("#schools a");
            b.type("#solverSeconds", "1");
            b.click("#start-draft-button");
            b.waitFor("#plan");
            b.waitUntil("the draft is computed", d -> "DRAFT".equals(b.find("#plan").getAttribute("data-status")),
                    Duration.ofSeconds(90));
            assertEquals("3", b.text("#draft-served"));
            assertTrue(b.text("#comparison").contains("Published plan"), b.text("#comparison"));
            b.waitUntil("the routes are drawn", d -> Integer.parseInt(b.find("#plan-map").getAttribute("data-drawn")) >= 2,
                    Duration.ofSeconds(10));
            b.screenshot("coordinator-2-draft-compared");

            b.click("#publish");
            b.driver().switchTo().alert().accept();
            b.waitFor("#published-notice");
            assertEquals("PUBLISHED", b.find("#plan").getAttribute("data-status"));
            b.screenshot("coordinator-3-published");

            for (String page : new String[] {"waitlist", "schools", "fleet", "roster", "sponsors", "audit"}) {
                b.go("/app/coordinator/" + page);
                b.find("main h1");
                assertTrue(b.driver().getTitle().contains("School Shuttle"), page + ": " + b.driver().getTitle());
            }
            b.screenshot("coordinator-4-audit");
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            for (String page : new String[] {"/app/coordinator", "/app/coordinator/fleet", "/app/coordinator/waitlist"}) {
                b.go(page);
                b.find("main h1");
                assertTrue(b.fitsWidth(), page + " fits a 360 px phone");
            }
        }
    }
}
