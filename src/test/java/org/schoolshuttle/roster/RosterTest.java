package org.schoolshuttle.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.run.RunsFixture;
import org.schoolshuttle.routing.RoutingService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

@QuarkusTest
class RosterTest {

    @Inject
    RoutingService routing;

    @Inject
    RosterJob job;

    private RunsFixture.Volunteered v;
    private final List<Long> volunteers = new ArrayList<>();
    private final Map<Long, String> logins = new HashMap<>();
    private LocalDate today;

    @BeforeEach
    void aVolunteerRouteAndThreeVolunteers() {
        RoadNetworkReady.await();
        v = RunsFixture.volunteerRoutes(routing);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Fleet.driverBody(v.villageId());
            List<Map<String, String>> always = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                always.add(Map.of("dayOfWeek", d.name(), "partOfDay", "MORNING"));
                always.add(Map.of("dayOfWeek", d.name(), "partOfDay", "AFTERNOON"));
            }
            body.put("availability", always);
            long id = Fleet.create(v.coordinator(), "/api/v1/drivers", body);
            volunteers.add(id);
            logins.put(id, Fleet.driverLogin(v.coordinator(), id));
        }
    }

    @Test
    void theRosterIsFilledFairlyAndFillingAgainChangesNothing() {
        String roster = "/api/v1/villages/" + v.villageId() + "/roster";
        JsonPath filled = as(v.coordinator(), PASSWORD).body(Map.of("from", today.toString(), "to", today.plusDays(1).toString()))
                .post(roster).then().statusCode(200).extract().jsonPath();
        // Today and tomorrow are school days: two directions each.
        assertEquals(4, filled.getInt("assigned"));
        assertEquals(0, filled.getInt("gaps"));
        JsonPath view = as(v.coordinator(), PASSWORD).queryParam("from", today.toString())
                .queryParam("to", today.plusDays(1).toString()).get(roster).then().statusCode(200).extract().jsonPath();
        List<Integer> drivers = view.getList("duties.driverId");
        Map<Integer, Long> perVolunteer = drivers.stream().collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        assertEquals(3, perVolunteer.size(), "all three drive: " + perVolunteer);
        assertTrue(perVolunteer.values().stream().allMatch(n -> n <= 2), perVolunteer.toString());
        // Nobody drives two routes at once; the monthly drives are shown.
        assertTrue(view.getList("drives.drives").stream().mapToLong(n -> ((Number) n).longValue()).sum() >= 4);

        as(v.coordinator(), PASSWORD).body(Map.of("from", today.toString(), "to", today.plusDays(1).toString()))
                .post(roster).then().statusCode(200).body("assigned", equalTo(0));
        assertEquals(drivers, as(v.coordinator(), PASSWORD).queryParam("from", today.toString())
                .queryParam("to", today.plusDays(1).toString()).get(roster).then().extract().jsonPath().getList("duties.driverId"));
    }

    @Test
    void aVolunteerAwayIsReplacedAndASwapIsTakenByAnother() {
        String roster = "/api/v1/villages/" + v.villageId() + "/roster";
        LocalDate tomorrow = today.plusDays(1);
        as(v.coordinator(), PASSWORD).body(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())).post(roster)
                .then().statusCode(200);
        JsonPath duties = as(v.coordinator(), PASSWORD).queryParam("from", tomorrow.toString()).queryParam("to", tomorrow.toString())
                .get(roster).then().extract().jsonPath();
        long morning = duties.getLong("duties.find { it.direction == 'TO_SCHOOL' }.id");
        long first = duties.getLong("duties.find { it.direction == 'TO_SCHOOL' }.driverId");

        // Away tomorrow: the next filling moves the duty to someone else.
        as(logins.get(first), PASSWORD).body(Map.of("day", tomorrow.toString())).post("/api/v1/volunteer/away-days")
                .then().statusCode(200).body("$", hasItem(tomorrow.toString()));
        as(v.coordinator(), PASSWORD).body(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())).post(roster)
                .then().statusCode(200);
        long second = dutyDriver(roster, tomorrow, morning);
        assertNotEquals(first, second);

        // The new volunteer asks to swap; a third takes it; both hear of it.
        as(logins.get(second), PASSWORD).post("/api/v1/roster/duties/" + morning + "/swap").then().statusCode(200)
                .body("swapRequested", equalTo(true));
        long third = volunteers.stream().filter(id -> id != first && id != second).findFirst().orElseThrow();
        assertTrue(messages(third).contains("ROSTER"));
        // The one away cannot take it back.
        Fleet.assertProblem(as(logins.get(first), PASSWORD).post("/api/v1/roster/duties/" + morning + "/take"), 422, "driverId");
        as(logins.get(third), PASSWORD).post("/api/v1/roster/duties/" + morning + "/take").then().statusCode(200)
                .body("driverId", equalTo((int) third)).body("swapRequested", equalTo(false));
        assertEquals(third, dutyDriver(roster, tomorrow, morning));
        assertTrue(messages(second).contains("ROSTER"));
        as(logins.get(third), PASSWORD).get("/api/v1/volunteer/duties").then().statusCode(200)
                .body("id", hasItem((int) morning));
    }

    @Test
    void runsAreDrivenByTheRosterAndADayWithoutAVolunteerIsBlockedAndFlagged() {
        String roster = "/api/v1/villages/" + v.villageId() + "/roster";
        LocalDate tomorrow = today.plusDays(1);
        as(v.coordinator(), PASSWORD).body(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())).post(roster)
                .then().statusCode(200);
        JsonPath duties = as(v.coordinator(), PASSWORD).queryParam("from", tomorrow.toString()).queryParam("to", tomorrow.toString())
                .get(roster).then().extract().jsonPath();
        long morningDuty = duties.getLong("duties.find { it.direction == 'TO_SCHOOL' }.id");
        long volunteer = duties.getLong("duties.find { it.direction == 'TO_SCHOOL' }.driverId");
        JsonPath runs = RunsFixture.generate(v.coordinator(), v.schoolId(), tomorrow);
        assertEquals(volunteer, runs.getLong("runs.find { it.direction == 'TO_SCHOOL' }.driverId"));
        assertEquals("SCHEDULED", runs.getString("runs.find { it.direction == 'TO_SCHOOL' }.status"));

        // The coordinator takes the duty away and finds nobody: the run is blocked at once, and the gap flagged.
        as(v.coordinator(), PASSWORD).body(new HashMap<>(Map.of())).put("/api/v1/roster/duties/" + morningDuty)
                .then().statusCode(200).body("driverId", equalTo(null));
        JsonPath after = as(v.coordinator(), PASSWORD).queryParam("schoolId", v.schoolId()).queryParam("date", tomorrow.toString())
                .get("/api/v1/runs").then().extract().jsonPath();
        assertEquals("BLOCKED", after.getString("items.find { it.direction == 'TO_SCHOOL' }.status"));
        assertEquals("No fit volunteer is free on the roster that day",
                after.getString("items.find { it.direction == 'TO_SCHOOL' }.blockedReasons[0]"));
        assertEquals(1, job.flagGaps(v.villageId(), today).size());
        as(v.coordinator(), PASSWORD).queryParam("villageId", v.villageId()).get("/api/v1/alerts").then()
                .body("items.kind", hasItem("ROSTER_GAP"));
    }

    @Test
    void aVolunteersOwnCarIsDrivenByItsOwnerOnlyAndWaitsForTheCoordinatorWhenTheOwnerIsAway() {
        // A new school of the same village whose one vehicle is the first volunteer's own car.
        long owner = volunteers.get(0);
        long school = as(v.coordinator(), PASSWORD).body(Api.primarySchool(v.villageId())).post("/api/v1/schools")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        org.schoolshuttle.run.RunsFixture.schoolDays(v.coordinator(), school, today, today.plusDays(1));
        Map<String, Object> car = org.schoolshuttle.route.Plans.vehicleBody(v.villageId(), 0, 6);
        car.remove("ownerSponsorId");
        car.put("ownerDriverId", owner);
        car.put("kind", "CAR");
        org.schoolshuttle.route.Plans.vehicle(v.coordinator(), car);
        String parent = Api.parent();
        org.schoolshuttle.route.Plans.register(parent, school, org.schoolshuttle.route.Plans.addressesNear(routing,
                org.schoolshuttle.route.Plans.LIUHE_LAT, org.schoolshuttle.route.Plans.LIUHE_LON, 1).get(0));
        JsonPath draft = org.schoolshuttle.route.Plans.draft(v.coordinator(), school);
        assertEquals(List.of("COMMUNITY_VOLUNTEER", "COMMUNITY_VOLUNTEER"), draft.getList("routes.fundingModel"));
        as(v.coordinator(), PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);

        String roster = "/api/v1/villages/" + v.villageId() + "/roster";
        LocalDate tomorrow = today.plusDays(1);
        as(v.coordinator(), PASSWORD).body(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())).post(roster)
                .then().statusCode(200);
        JsonPath duties = as(v.coordinator(), PASSWORD).queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.toString()).get(roster).then().extract().jsonPath();
        assertEquals(List.of((int) owner, (int) owner), duties.getList("duties.findAll { it.schoolId == " + school + " }.driverId"));

        as(logins.get(owner), PASSWORD).body(Map.of("day", tomorrow.toString())).post("/api/v1/volunteer/away-days")
                .then().statusCode(200);
        as(v.coordinator(), PASSWORD).body(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())).post(roster)
                .then().statusCode(200);
        List<Object> after = as(v.coordinator(), PASSWORD).queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.toString()).get(roster).then().extract().jsonPath()
                .getList("duties.findAll { it.schoolId == " + school + " }.driverId");
        assertEquals(java.util.Arrays.asList(null, null), after, "nobody else drives the owner's car unasked");
    }

    @Test
    void theRosterIsRefusedOutsideTheVillageAndBadInputChangesNothing() {
        String roster = "/api/v1/villages/" + v.villageId() + "/roster";
        String stranger = Api.coordinator(Api.village());
        as(stranger, PASSWORD).get(roster).then().statusCode(404);
        as(stranger, PASSWORD).body(Map.of("from", today.toString(), "to", today.toString())).post(roster).then().statusCode(404);
        as(Api.parent(), PASSWORD).get(roster).then().statusCode(403);
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("from", today.plusDays(3).toString(),
                "to", today.toString())).post(roster), 422, "to");
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("from", today.minusDays(3).toString(),
                "to", today.toString())).post(roster), 422, "from");
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(Map.of("to", today.toString())).post(roster), 400, "from");
        as(v.coordinator(), PASSWORD).queryParam("from", today.toString()).get(roster).then().statusCode(200)
                .body("duties.size()", equalTo(0));
        String volunteer = logins.get(volunteers.get(0));
        Fleet.assertProblem(as(volunteer, PASSWORD).body(Map.of("day", today.minusDays(1).toString()))
                .post("/api/v1/volunteer/away-days"), 422, "day");
        Fleet.assertProblem(as(volunteer, PASSWORD).body(List.of(Map.of("dayOfWeek", "FUNDAY", "partOfDay", "MORNING")))
                .put("/api/v1/volunteer/availability"), 400, "[0].dayOfWeek");
    }

    private long dutyDriver(String roster, LocalDate day, long dutyId) {
        return as(v.coordinator(), PASSWORD).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get(roster).then().extract().jsonPath().getLong("duties.find { it.id == " + dutyId + " }.driverId");
    }

    private String messages(long driverId) {
        return as(logins.get(driverId), PASSWORD).get("/api/v1/messages").then().statusCode(200).extract().asString();
    }
}
