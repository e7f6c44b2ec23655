package org.schoolshuttle.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * Service hours: credited from real runs driven through the API, recorded by hand, corrected without losing history;
 * each volunteer sees only their own record, each coordinator only their villages' volunteers.
 */
@QuarkusTest
class VolunteerHoursTest {

    @Inject
    RoutingService routing;

    @Inject
    RunHours runHours;

    @BeforeEach
    void roads() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aCompletedRunCreditsItsVolunteerDriverAndEscortOnceWithItsMinutes() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        assertEquals(0, Volunteering.mine(c.driver()).getInt("minutes"), "nothing before the run");

        Volunteering.drive(c, c.morning(), 40, null);

        JsonPath mine = Volunteering.mine(c.driver());
        assertEquals(40, mine.getInt("minutes"), mine.prettify());
        assertEquals(List.of("RUN"), mine.getList("history.kind"));
        assertEquals(c.morning(), mine.getLong("history[0].runId"));
        assertEquals("system", mine.getString("history[0].recordedBy"));
        assertEquals(Runs.today().toString(), mine.getString("history[0].serviceDate"));
        JsonPath escort = Volunteering.record(c.coordinator(), c.villageId(), "escorts", c.escortId());
        assertEquals(40, escort.getInt("minutes"), "the escort rode the whole run too");
        assertEquals(1, escort.getList("history").size());

        // Completing again, and the nightly check over completed runs, credit nobody twice.
        as(c.driver(), PASSWORD).body(Map.of()).post("/api/v1/runs/" + c.morning() + "/complete").then().statusCode(200);
        runHours.creditCompletedRuns(Instant.now().minus(Duration.ofDays(1)));
        assertEquals(1, Volunteering.mine(c.driver()).getList("history").size());
        assertEquals(40, Volunteering.mine(c.driver()).getInt("minutes"));
        assertEquals(1, Volunteering.record(c.coordinator(), c.villageId(), "escorts", c.escortId()).getList("history").size());

        // The afternoon run adds its own minutes.
        Volunteering.drive(c, c.afternoon(), 25, null);
        assertEquals(65, Volunteering.mine(c.driver()).getInt("minutes"));
        assertEquals(2, Volunteering.mine(c.driver()).getInt("months[0].runs"));
    }

    @Test
    void aDriverEmployedByASponsorGivesPaidWorkNotVolunteeredHours() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Map<String, Object> body = Fleet.driverBody(s.villageId());
        body.put("kind", "EMPLOYED");
        body.put("employerSponsorId", s.sponsor());
        long employed = Fleet.create(s.coordinator(), "/api/v1/drivers", body);
        String login = Fleet.driverLogin(s.coordinator(), employed);
        s.routes().forEach(r -> Runs.crew(s, r, employed, null));
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        as(login, PASSWORD).body(Map.of()).post("/api/v1/runs/" + run + "/start").then().statusCode(200);
        as(login, PASSWORD).body(Runs.batch(List.of(Runs.event("NO_SHOW", s.children().get(0)))))
                .post("/api/v1/runs/" + run + "/events").then().statusCode(200);
        as(login, PASSWORD).body(Map.of()).post("/api/v1/runs/" + run + "/complete").then().statusCode(200);

        as(login, PASSWORD).get("/api/v1/volunteers/me").then().statusCode(404);
        as(s.coordinator(), PASSWORD).get("/api/v1/villages/" + s.villageId() + "/volunteers/drivers/" + employed)
                .then().statusCode(404);
        List<Long> listed = as(s.coordinator(), PASSWORD).get("/api/v1/villages/" + s.villageId() + "/volunteers")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertTrue(listed.contains(s.driverId()) && !listed.contains(employed), listed.toString());
    }

    @Test
    void hoursRecordedByHandAndTheirCorrectionsKeepTheWholeHistory() {
        Api.SchoolSetup v = Api.schoolWithCoordinator();
        long driver = Fleet.driver(v.coordinator(), v.villageId());
        String base = "/api/v1/villages/" + v.villageId() + "/volunteers/drivers/" + driver;
        String today = Runs.today().toString();

        long training = Volunteering.hours(v.coordinator(), v.villageId(), "drivers", driver, "TRAINING", today, 90,
                "First-aid training at the township clinic");
        JsonPath record = Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver);
        assertEquals(90, record.getInt("minutes"));
        assertEquals(v.coordinator(), record.getString("history[0].recordedBy"));

        long corrected = as(v.coordinator(), PASSWORD).body(Map.of("minutes", 60, "reason", "The training ended at 11:00"))
                .post(base + "/hours/" + training + "/corrections").then().statusCode(201)
                .body("supersedesId", equalTo((int) training)).body("revision", equalTo(1))
                .body("kind", equalTo("TRAINING")).body("current", equalTo(true))
                .extract().jsonPath().getLong("id");
        record = Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver);
        assertEquals(60, record.getInt("minutes"), "the correction counts, not the entry it corrects");
        assertEquals(List.of(corrected, training), record.getList("history.id", Long.class));
        assertEquals(List.of(true, false), record.getList("history.current"));
        assertEquals(corrected, record.getLong("history[1].supersededById"));
        assertEquals(90, record.getInt("history[1].minutes"), "the corrected entry is kept as it was");
        assertEquals("The training ended at 11:00", record.getString("history[0].note"));

        // The corrected entry cannot be corrected a second time: its correction is the one to correct.
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("minutes", 30, "reason", "again"))
                .post(base + "/hours/" + training + "/corrections"), 409, "entryId");
        as(v.coordinator(), PASSWORD).body(Map.of("minutes", 0, "reason", "Did not attend after all"))
                .post(base + "/hours/" + corrected + "/corrections").then().statusCode(201).body("revision", equalTo(2));
        record = Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver);
        assertEquals(0, record.getInt("minutes"));
        assertEquals(3, record.getList("history").size());
    }

    @Test
    void badHoursAreRefusedNamingTheFieldAndNothingIsWritten() {
        Api.SchoolSetup v = Api.schoolWithCoordinator();
        long driver = Fleet.driver(v.coordinator(), v.villageId());
        String base = "/api/v1/villages/" + v.villageId() + "/volunteers/drivers/" + driver;
        String today = Runs.today().toString();
        long entry = Volunteering.hours(v.coordinator(), v.villageId(), "drivers", driver, "VEHICLE_CHECK", today, 30,
                "Checked the tyres and first-aid kit");

        Fleet.assertProblem(hours(v, base, "RUN", today, 30, "a run by hand"), 400, "kind");
        Fleet.assertProblem(hours(v, base, "TRAINING", today, 0, "nothing"), 400, "minutes");
        Fleet.assertProblem(hours(v, base, "TRAINING", today, 721, "too long"), 400, "minutes");
        Fleet.assertProblem(hours(v, base, "TRAINING", today, 30, " "), 400, "note");
        Fleet.assertProblem(hours(v, base, "TRAINING", "2026-02-30", 30, "no such day"), 400, "serviceDate");
        Fleet.assertProblem(hours(v, base, "TRAINING", Runs.today().plusDays(2).toString(), 30, "ahead"), 422, "serviceDate");
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("minutes", -1, "reason", "x"))
                .post(base + "/hours/" + entry + "/corrections"), 400, "minutes");
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("minutes", 10))
                .post(base + "/hours/" + entry + "/corrections"), 400, "reason");
        as(v.coordinator(), PASSWORD).get("/api/v1/villages/" + v.villageId() + "/volunteers?month=2026-13")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));

        // Another volunteer's entry is not this volunteer's to correct; an unknown kind of volunteer is nowhere.
        long other = Fleet.driver(v.coordinator(), v.villageId());
        as(v.coordinator(), PASSWORD).body(Map.of("minutes", 10, "reason", "x"))
                .post("/api/v1/villages/" + v.villageId() + "/volunteers/drivers/" + other + "/hours/" + entry + "/corrections")
                .then().statusCode(404);
        as(v.coordinator(), PASSWORD).get("/api/v1/villages/" + v.villageId() + "/volunteers/pilots/" + driver)
                .then().statusCode(404);

        JsonPath record = Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver);
        assertEquals(1, record.getList("history").size(), "no refused request wrote anything");
        assertEquals(30, record.getInt("minutes"));
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnRecordAndACoordinatorOnlyTheirVillages() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        long otherDriver = Fleet.driver(c.coordinator(), c.villageId());
        String otherLogin = Fleet.driverLogin(c.coordinator(), otherDriver);
        Volunteering.drive(c, c.morning(), 30, null);

        assertEquals(c.driverId(), Volunteering.mine(c.driver()).getLong("id"));
        JsonPath others = Volunteering.mine(otherLogin);
        assertEquals(otherDriver, others.getLong("id"));
        assertEquals(0, others.getInt("minutes"), "another driver does not see this driver's hours");
        String path = "/api/v1/villages/" + c.villageId() + "/volunteers/drivers/" + c.driverId();
        as(otherLogin, PASSWORD).get(path).then().statusCode(403);
        as(otherLogin, PASSWORD).body(Map.of("named", false)).put(path + "/board").then().statusCode(403);
        as(c.setup().parent(), PASSWORD).get("/api/v1/volunteers/me").then().statusCode(403);
        given().get("/api/v1/volunteers/me").then().statusCode(401);

        String stranger = Api.schoolWithCoordinator().coordinator();
        as(stranger, PASSWORD).get(path).then().statusCode(404).contentType("application/problem+json");
        as(stranger, PASSWORD).get("/api/v1/villages/" + c.villageId() + "/volunteers").then().statusCode(404);
        as(stranger, PASSWORD).body(Map.of("kind", "TRAINING", "serviceDate", Runs.today().toString(), "minutes", 30,
                "note", "x")).post(path + "/hours").then().statusCode(404);
        as(stranger, PASSWORD).body(Map.of("minutes", 0, "reason", "x"))
                .post(path + "/hours/" + Volunteering.mine(c.driver()).getLong("history[0].id") + "/corrections")
                .then().statusCode(404);
        assertEquals(30, Volunteering.mine(c.driver()).getInt("minutes"), "nothing changed");
        assertFalse(Volunteering.mine(c.driver()).getList("history").isEmpty());
    }

    @Test
    void theThankYouBoardRanksTheMonthAndNamesNobodyWhoOptedOut() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        Volunteering.setScheme(c.coordinator(), c.villageId(), Volunteering.scheme(60, 0, "07:00", 50, 30));
        Volunteering.drive(c, c.morning(), 30, null);
        Map<String, Object> helperBody = Fleet.driverBody(c.villageId());
        helperBody.put("givenName", "秀兰");
        helperBody.put("familyName", "赵");
        long helper = Fleet.create(c.coordinator(), "/api/v1/drivers", helperBody);
        Volunteering.hours(c.coordinator(), c.villageId(), "drivers", helper, "OTHER", Runs.today().toString(), 45,
                "Helped at the school's safety day");
        String board = "/api/v1/villages/" + c.villageId() + "/thank-you-board";

        JsonPath seen = as(c.setup().parent(), PASSWORD).get(board).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(45, 30, 30), seen.getList("volunteers.points"), seen.prettify());
        assertEquals(List.of(1, 2, 2), seen.getList("volunteers.rank"), "driver and escort share the second place");
        assertTrue(seen.getList("volunteers.named").stream().allMatch(Boolean.TRUE::equals));
        assertFalse(seen.prettify().contains("phone"), "names only");

        // The driver opts out; the coordinator opts the escort (who has no login) out.
        as(c.driver(), PASSWORD).body(Map.of("named", false)).put("/api/v1/volunteers/me/board").then().statusCode(200)
                .body("named", equalTo(false));
        as(c.coordinator(), PASSWORD).body(Map.of("named", false))
                .put("/api/v1/villages/" + c.villageId() + "/volunteers/escorts/" + c.escortId() + "/board")
                .then().statusCode(200).body("named", equalTo(false));
        seen = as(c.setup().parent(), PASSWORD).get(board + "?month=" + Runs.today().toString().substring(0, 7))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(true, false, false), seen.getList("volunteers.named"));
        assertEquals("赵秀兰", seen.getString("volunteers[0].name"));
        assertEquals("一位志愿者", seen.getString("volunteers[1].name"), "the parent reads Chinese");
        assertFalse(seen.prettify().contains(Volunteering.mine(c.driver()).getString("name")), "the name is gone");
        as(c.driver(), PASSWORD).get(board).then().statusCode(200);
        as(c.coordinator(), PASSWORD).get(board).then().statusCode(200);

        as(Api.parent(), PASSWORD).get(board).then().statusCode(404);
        as(Api.schoolWithCoordinator().coordinator(), PASSWORD).get(board).then().statusCode(404);
        as(c.coordinator(), PASSWORD).get(board + "?month=November").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        Fleet.assertProblem(as(c.driver(), PASSWORD).body(Map.of()).put("/api/v1/volunteers/me/board"), 400, "named");
    }

    private static io.restassured.response.Response hours(Api.SchoolSetup v, String base, String kind, String day,
                                                          int minutes, String note) {
        return as(v.coordinator(), PASSWORD).body(Map.of("kind", kind, "serviceDate", day, "minutes", minutes, "note", note))
                .post(base + "/hours");
    }
}
