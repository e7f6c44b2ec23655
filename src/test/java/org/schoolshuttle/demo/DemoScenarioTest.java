package org.schoolshuttle.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.DriverRepository;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.as;

/**
 * The demo scenario on the demo township: what a newcomer sees after the one-command start. The start-up
 * seeding itself only runs on an empty H2 database, so the test seeds through the same code directly.
 */
@QuarkusTest
class DemoScenarioTest {

    private static final String PASSWORD = "demo-password-for-tests";
    private static boolean seeded;

    @Inject
    ScenarioSeed seed;
    @Inject
    DriverRepository drivers;

    @BeforeEach
    void seedOnce() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        if (!seeded) {
            summary = seedTownship();
            seeded = true;
        }
    }

    private static ScenarioSeed.Summary summary;

    @Transactional
    ScenarioSeed.Summary seedTownship() {
        return seed.seed(Scenario.township(), 150, PASSWORD);
    }

    @Test
    void theTownshipHasItsVillagesSchoolsFamiliesFleetAndSponsors() {
        assertEquals(7, summary.villages());
        assertEquals(2, summary.schools());
        assertEquals(150, summary.children());
        assertTrue(summary.families() >= 100, "families: " + summary.families());
        assertEquals(13, summary.drivers());
        assertEquals(13, summary.vehicles());
        assertEquals(3, summary.sponsors());
    }

    @Test
    void everyRoleCanLogInAndSeesItsShareOfTheDemo() {
        as("coordinator", PASSWORD).get("/api/v1/me").then().statusCode(200).body("villageIds.size()", equalTo(7));
        as("coordinator", PASSWORD).get("/api/v1/children?size=1").then().statusCode(200).body("total", equalTo(150));
        as("coordinator", PASSWORD).get("/api/v1/vehicles?kind=MINIBUS").then().statusCode(200).body("total", equalTo(3));
        as("coordinator", PASSWORD).get("/api/v1/sponsors").then().statusCode(200)
                .body("items.kind", hasItem("COMPANY")).body("items.kind", hasItem("CHARITY_FUND"))
                .body("items.kind", hasItem("SOCIAL_ORGANISATION"));
        as("+8613800000001", PASSWORD).get("/api/v1/children").then().statusCode(200)
                .body("total", greaterThan(0)).body("items[0].home", notNullValue());
        as("driver", PASSWORD).get("/api/v1/drivers/me").then().statusCode(200).body("kind", equalTo("VOLUNTEER"));
        as("sponsor", PASSWORD).get("/api/v1/me").then().statusCode(200).body("role", equalTo("SPONSOR"));
        as("sponsor", PASSWORD).get("/api/v1/children").then().statusCode(403);
    }

    @Test
    void oneVolunteerIsNotFitSoComplianceHasSomethingToShow() {
        long lapsed = drivers.listAll().stream().filter(d -> d.trainingOn != null
                && d.trainingOn.isBefore(java.time.LocalDate.now().minusYears(2))).findFirst().orElseThrow().id;
        as("coordinator", PASSWORD).get("/api/v1/drivers/" + lapsed + "/fitness").then().statusCode(200)
                .body("fit", equalTo(false))
                .body("reasons[0]", org.hamcrest.Matchers.containsString("training"));
    }
}
