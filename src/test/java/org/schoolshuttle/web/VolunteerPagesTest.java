package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.run.Runs;
import org.schoolshuttle.sponsor.Sponsors;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "My service" for a volunteer driver and the coordinator's volunteers pages: forms save through the services. */
@QuarkusTest
class VolunteerPagesTest {

    private Api.SchoolSetup v;
    private long driver;
    private String driverLogin;

    @BeforeEach
    void aVillageWithAVolunteerDriver() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        v = Api.schoolWithCoordinator();
        driver = Fleet.driver(v.coordinator(), v.villageId());
        driverLogin = Fleet.driverLogin(v.coordinator(), driver);
    }

    @Test
    void theCoordinatorRecordsAndCorrectsHoursAndSetsTheSchemeFromThePages() {
        WebSession coordinator = WebSession.signIn(v.coordinator(), Api.PASSWORD);
        String page = "/app/coordinator/volunteers?villageId=" + v.villageId();
        coordinator.page(page).then().statusCode(200).body(containsString("id=\"volunteers\""))
                .body(containsString("李建国")).body(containsString("id=\"scheme\"")).body(containsString("id=\"pool\""))
                .body(containsString("href=\"/app/coordinator/volunteers\""))
                .body(containsString("href=\"/app/coordinator/volunteers/drivers/" + driver + "?villageId=" + v.villageId() + "\""))
                .body(containsString("value=\"DRIVER:" + driver + "\""));

        String person = "/app/coordinator/volunteers/drivers/" + driver;
        coordinator.page(person + "?villageId=" + v.villageId()).then().statusCode(200).body(containsString("id=\"hours\""));
        coordinator.form().formParam("kind", "TRAINING").formParam("serviceDate", Runs.today().toString())
                .formParam("minutes", "0").formParam("note", "Safety course")
                .post(person + "/hours?villageId=" + v.villageId()).then().statusCode(400)
                .body(containsString("minutes")).body(containsString("must be at least 1"));
        coordinator.form().formParam("kind", "TRAINING").formParam("serviceDate", "tomorrow")
                .formParam("minutes", "60").formParam("note", "Safety course")
                .post(person + "/hours?villageId=" + v.villageId()).then().statusCode(400).body(containsString("serviceDate"));
        assertEquals(0, record().getList("history").size(), "no refused form saved hours");

        coordinator.form().formParam("kind", "TRAINING").formParam("serviceDate", Runs.today().toString())
                .formParam("minutes", "90").formParam("note", "Safety course")
                .post(person + "/hours?villageId=" + v.villageId()).then().statusCode(303)
                .header("Location", containsString("saved=hours"));
        long entry = record().getLong("history[0].id");
        coordinator.page(person + "?villageId=" + v.villageId()).then().statusCode(200).body(containsString("entry-" + entry));
        coordinator.form().formParam("minutes", "75").formParam("reason", "Left early")
                .post(person + "/hours/" + entry + "/corrections?villageId=" + v.villageId()).then().statusCode(303);
        assertEquals(75, record().getInt("minutes"));
        assertEquals(2, record().getList("history").size());

        coordinator.page(page);
        coordinator.form().formParam("pointsPerHour", "20").formParam("earlyRunBonus", "5").formParam("earlyBefore", "7am")
                .formParam("fullMonthBonus", "50").formParam("cleanRecordBonus", "30")
                .post("/app/coordinator/volunteers/scheme?villageId=" + v.villageId()).then().statusCode(400)
                .body(containsString("earlyBefore"));
        coordinator.form().formParam("pointsPerHour", "20").formParam("earlyRunBonus", "5").formParam("earlyBefore", "06:45")
                .formParam("fullMonthBonus", "50").formParam("cleanRecordBonus", "30")
                .post("/app/coordinator/volunteers/scheme?villageId=" + v.villageId()).then().statusCode(303);
        assertEquals(25, record().getInt("pointsBalance"), "75 minutes at 20 points an hour");

        // Money in, and a reward the points cannot pay for refused on the page with nothing written.
        long sponsor = Sponsors.create(v.coordinator(), v.villageId());
        coordinator.page(page);
        coordinator.form().formParam("sponsorId", String.valueOf(sponsor)).formParam("amount", "80")
                .formParam("contributedOn", Runs.today().toString()).formParam("note", "New-year gifts")
                .post("/app/coordinator/volunteers/contributions?villageId=" + v.villageId()).then().statusCode(303);
        coordinator.form().formParam("volunteer", "DRIVER:" + driver).formParam("reward", "ITEM")
                .formParam("item", "Rice cooker").formParam("amount", "60").formParam("points", "26")
                .formParam("redeemedOn", Runs.today().toString())
                .post("/app/coordinator/volunteers/redemptions?villageId=" + v.villageId()).then().statusCode(409)
                .body(containsString("id=\"problem\"")).body(containsString("points"));
        coordinator.form().formParam("volunteer", "DRIVER:" + driver).formParam("reward", "ITEM")
                .formParam("item", "Thermos flask").formParam("amount", "60").formParam("points", "25")
                .formParam("redeemedOn", Runs.today().toString())
                .post("/app/coordinator/volunteers/redemptions?villageId=" + v.villageId()).then().statusCode(303);
        coordinator.page(page).then().statusCode(200).body(containsString("Thermos flask"))
                .body(containsString("id=\"pool-balance\">20.00<"));
        assertEquals(0, record().getInt("pointsBalance"));

        coordinator.page(person + "?villageId=" + v.villageId()).then().statusCode(200)
                .body(containsString(person + "/certificate.pdf?villageId=" + v.villageId()));
        coordinator.request().get(person + "/certificate.pdf?villageId=" + v.villageId()).then().statusCode(200)
                .contentType(containsString("application/pdf"));

        WebSession stranger = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        stranger.page(page).then().statusCode(404);
        stranger.page(person + "?villageId=" + v.villageId()).then().statusCode(404);
        stranger.request().get(person + "/certificate.pdf?villageId=" + v.villageId()).then().statusCode(404);
        WebSession.signIn(driverLogin, Api.PASSWORD).page(page).then().statusCode(403);
    }

    @Test
    void theDriverSeesTheirServiceAndChoosesNotToBeNamed() {
        Api.as(v.coordinator(), Api.PASSWORD).body(Map.of("kind", "VEHICLE_CHECK", "serviceDate", Runs.today().toString(),
                        "minutes", 45, "note", "Checked the minibus before the term"))
                .post("/api/v1/villages/" + v.villageId() + "/volunteers/drivers/" + driver + "/hours").then().statusCode(201);
        WebSession me = WebSession.signIn(driverLogin, Api.PASSWORD);
        me.page("/app/driver/service").then().statusCode(200)
                .body(containsString("id=\"service-hours\">0.8<"))
                .body(containsString("Checked the minibus before the term"))
                .body(containsString("href=\"/app/driver/service\""))
                .body(containsString("name=\"named\" checked"));
        me.page("/app/driver/service").then().body(containsString("id=\"board\"")).body(containsString("李建国"));

        me.request().get("/app/driver/service/certificate.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf"));
        me.form().post("/app/driver/service/board").then().statusCode(303);
        me.page("/app/driver/service").then().statusCode(200).body(not(containsString("name=\"named\" checked")))
                .body(containsString("a volunteer"));
        assertEquals(false, Api.as(driverLogin, Api.PASSWORD).get("/api/v1/volunteers/me").then().statusCode(200)
                .extract().jsonPath().getBoolean("named"));
    }

    private JsonPath record() {
        return Api.as(v.coordinator(), Api.PASSWORD)
                .get("/api/v1/villages/" + v.villageId() + "/volunteers/drivers/" + driver).then().statusCode(200)
                .extract().jsonPath();
    }
}
