package org.schoolshuttle.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family signs up, registers a child by pinning their home on the map, and sees the seat they got. */
@QuarkusTest
class ParentBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    RoutingService routing;

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    @Test
    void aParentRegistersAChildByPinningTheMapAndSeesTheStop() {
        Runs.Setup school = Runs.publishedPlan(routing, 2, Map.of());
        List<GeocodedPlace> homes = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 3);
        GeocodedPlace home = homes.get(2);
        String phone = Api.uniquePhone();
        try (Browser b = Browser.open(base, true, "zh-CN")) {
            b.go("/login").click("#signup-link");
            b.type("#familyName", "王");
            b.type("#givenName", "芳");
            b.type("#phone", phone);
            b.type("#password", Api.PASSWORD);
            b.click("#accept");
            b.screenshot("parent-1-sign-up");
            b.click("#create-account");
            b.waitFor(".notice");
            b.signIn(phone, Api.PASSWORD);
            assertTrue(b.url().endsWith("/app/family"), b.url());
            b.click("#add-child");
            String village = String.valueOf(school.villageId());
            if (!village.equals(b.find("#villageId").getAttribute("value"))) {
                b.choose("#villageId", village);
            }
            b.waitUntil("the village's schools are offered",
                    d -> b.attribute("#schoolId option[value='" + school.schoolId() + "']", "value") != null,
                    Duration.ofSeconds(10));
            b.type("#givenName", "小明");
            b.type("#familyName", "王");
            b.set("#birthDate", "2018-03-04");
            b.type("#grade", "2");
            b.choose("#schoolId", String.valueOf(school.schoolId()));
            b.tapMap("#pin-map", home.lat(), home.lon());
            b.waitUntil("the pin is checked", d -> b.attribute("#home-check", "data-served") != null,
                    Duration.ofSeconds(20));
            assertEquals("yes", b.find("#home-check").getAttribute("data-served"),
                    "a home beside the published route is within walking distance of a stop: " + b.text("#home-check"));
            b.screenshot("parent-2-pinned-home");
            b.click("#register");

            b.waitFor("#assignment");
            assertEquals("SEATED", b.find("#assignment").getAttribute("data-status"), b.text("main"));
            assertFalse(b.text("#stop-name").isBlank(), "the stop is named");
            assertTrue(b.text("#pickup").matches(".*\\d\\d:\\d\\d.*"), "a pick-up time is shown: " + b.text("#pickup"));
            b.waitUntil("the map draws home, stop, school and lines",
                    d -> Integer.parseInt(b.find("#family-map").getAttribute("data-drawn")) >= 3, Duration.ofSeconds(10));
            assertTrue(b.all("#family-map path.leaflet-interactive").size() >= 2,
                    "the walking path and the shuttle's route are drawn");
            b.waitUntil("today's run is told", d -> b.attribute("#live", "data-state") != null, Duration.ofSeconds(10));
            b.screenshot("parent-3-assignment");

            b.go("/app/family");
            assertTrue(b.text("#children").contains("王小明"), b.text("#children"));
        }
    }
}
