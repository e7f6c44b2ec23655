package org.schoolshuttle.route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * Mixed load through the API: the primary school (bell 08:00) and the middle school 600 m away (bell 08:10) of one
 * village planned together, children of both from Liuhe Village on one minibus, dropped at each school in turn.
 */
@QuarkusTest
class SharedPlanTest {

    @Inject
    RoutingService routing;

    private Api.SchoolSetup setup;
    private String coordinator;
    private long primary;
    private long middle;
    private long sponsor;
    private String parent;
    private final List<Long> primaryKids = new ArrayList<>();
    private final List<Long> middleKids = new ArrayList<>();
    private List<GeocodedPlace> liuhe;

    @BeforeEach
    void twoSchoolsAndTheirChildren() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        setup = Api.schoolWithCoordinator();
        coordinator = setup.coordinator();
        primary = setup.schoolId();
        middle = Plans.middleSchool(setup.villageId(), coordinator, "08:10", "16:40");
        sponsor = Plans.sponsor(coordinator, setup.villageId());
        liuhe = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 12);
        parent = Api.parent();
        for (int i = 0; i < 4; i++) {
            primaryKids.add(Plans.register(parent, primary, liuhe.get(i)));
            middleKids.add(register(parent, middle, liuhe.get(4 + i), 7));
        }
    }

    private static long register(String parent, long school, GeocodedPlace home, int grade) {
        Map<String, Object> body = Plans.child(school, home);
        body.put("grade", grade);
        body.put("birthDate", LocalDate.now().minusYears(6 + grade).toString());
        return as(parent, PASSWORD).body(body).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private JsonPath sharedDraft(int solverSeconds) {
        long id = as(coordinator, PASSWORD).body(Map.of("sharedWith", List.of(middle), "solverSeconds", solverSeconds))
                .post("/api/v1/schools/" + primary + "/plans").then().statusCode(202)
                .body("schoolIds", equalTo(List.of((int) primary, (int) middle))).extract().jsonPath().getLong("id");
        return Plans.computed(coordinator, id);
    }

    /**
     * The next weekday (a holiday on a weekend would mean nothing), a school day of {@code open} and a holiday of
     * {@code closed}.
     */
    private LocalDate openAndClosed(long open, long closed) {
        LocalDate day = Runs.today().plusDays(1);
        while (day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        Runs.schoolDays(coordinator, open, day);
        Map<String, Object> calendar = new HashMap<>();
        calendar.put("terms", List.of(Map.of("name", "Term", "startsOn", day.minusDays(30).toString(),
                "endsOn", day.plusDays(60).toString())));
        calendar.put("holidays", List.of(Map.of("date", day.toString())));
        as(coordinator, PASSWORD).body(calendar).put("/api/v1/schools/" + closed + "/calendar").then().statusCode(200);
        return day;
    }

    /** One minibus for both schools, planned together and published: the plan as drafted. */
    private JsonPath publishedSharedPlan() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        JsonPath draft = sharedDraft(1);
        assertEquals(1, draft.getInt("metrics.vehicles"), draft.prettify());
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);
        return draft;
    }

    private static LocalTime time(JsonPath json, String path) {
        return LocalTime.parse(json.getString(path));
    }

    private static boolean within(LocalTime t, String from, String to) {
        return !t.isBefore(LocalTime.parse(from)) && !t.isAfter(LocalTime.parse(to));
    }

    @Test
    void childrenOfBothSchoolsShareOneMinibusDroppedAtEachSchoolInItsWindowBothWays() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        JsonPath draft = sharedDraft(2);
        assertEquals("DRAFT", draft.getString("status"), draft.prettify());
        assertEquals(8, draft.getInt("metrics.childrenServed"));
        assertEquals(1, draft.getInt("metrics.vehicles"), "one shared minibus for both schools: " + draft.prettify());
        assertTrue(draft.getDouble("metrics.longestRideMinutes") <= 45);
        assertEquals(List.of("TO_SCHOOL", "FROM_SCHOOL"), draft.getList("routes.direction"));
        assertEquals(8, draft.getInt("routes[0].childrenOnBoard"));

        // Morning: the minibus arrives at each school inside its window (bell minus 30 to minus 10 minutes).
        List<Map<String, Object>> morning = draft.getList("routes[0].schools");
        assertEquals(2, morning.size());
        for (int j = 0; j < 2; j++) {
            long school = draft.getLong("routes[0].schools[" + j + "].schoolId");
            LocalTime at = time(draft, "routes[0].schools[" + j + "].time");
            assertTrue(school == primary ? within(at, "07:30", "07:50") : within(at, "07:40", "08:00"),
                    "school " + school + " at " + at);
        }
        assertTrue(time(draft, "routes[0].schools[0].time").isBefore(time(draft, "routes[0].schools[1].time")));
        assertEquals(draft.getString("routes[0].schools[1].time"), draft.getString("routes[0].schoolTime"),
                "the morning route ends at its last school");
        // Afternoon: it leaves the schools in the reverse order, each no earlier than its children come out and
        // at most 20 minutes later.
        assertEquals(draft.getLong("routes[0].schools[1].schoolId"), draft.getLong("routes[1].schools[0].schoolId"));
        for (int j = 0; j < 2; j++) {
            long school = draft.getLong("routes[1].schools[" + j + "].schoolId");
            LocalTime at = time(draft, "routes[1].schools[" + j + "].time");
            assertTrue(school == primary ? within(at, "16:40", "17:00") : within(at, "16:50", "17:10"),
                    "leaves school " + school + " at " + at);
        }

        long planId = draft.getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        // Each school lists the plan, and each family sees the times at its own child's school.
        for (long school : List.of(primary, middle)) {
            as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/plans").then().statusCode(200)
                    .body("items[0].id", equalTo((int) planId));
        }
        JsonPath young = Plans.assignment(parent, primaryKids.get(0));
        JsonPath old = Plans.assignment(parent, middleKids.get(0));
        assertEquals("SEATED", young.getString("status"), young.prettify());
        assertEquals("SEATED", old.getString("status"), old.prettify());
        assertEquals(young.getLong("toSchool.routeId"), old.getLong("toSchool.routeId"), "one minibus");
        assertTrue(within(time(young, "toSchool.atSchool"), "07:30", "07:50"), young.prettify());
        assertTrue(within(time(old, "toSchool.atSchool"), "07:40", "08:00"), old.prettify());
        assertFalse(young.getString("toSchool.atSchool").equals(old.getString("toSchool.atSchool")));
        assertTrue(within(time(young, "fromSchool.atSchool"), "16:40", "17:00"));
        assertTrue(within(time(old, "fromSchool.atSchool"), "16:50", "17:10"));
        as(parent, PASSWORD).get("/api/v1/messages").then().statusCode(200).body("total", equalTo(8));

        // The day's runs: made once, with the school the minibus reaches first, and the driver sees both schools.
        long driverId = Fleet.driver(coordinator, setup.villageId());
        String driver = Fleet.driverLogin(coordinator, driverId);
        long morningRoute = draft.getLong("routes[0].id");
        as(coordinator, PASSWORD).body(Map.of("driverId", driverId, "fundingModel", "SOCIAL_ORGANISATION",
                "sponsorIds", List.of(sponsor))).put("/api/v1/routes/" + morningRoute).then().statusCode(200);
        LocalDate day = Runs.today();
        Runs.schoolDays(coordinator, primary, day);
        Runs.schoolDays(coordinator, middle, day);
        int created = 0;
        for (long school : List.of(primary, middle)) {
            created += as(coordinator, PASSWORD).body(Map.of("date", day.toString()))
                    .post("/api/v1/schools/" + school + "/runs").then().statusCode(200).extract().jsonPath().getInt("outcome.created");
        }
        assertEquals(2, created, "one run each way, not one per school");
        JsonPath runs = as(driver, PASSWORD).queryParam("date", day.toString()).get("/api/v1/driver/runs")
                .then().statusCode(200).extract().jsonPath();
        long runId = runs.getLong("find { it.direction == 'TO_SCHOOL' }.id");
        JsonPath run = as(driver, PASSWORD).get("/api/v1/runs/" + runId).then().statusCode(200).extract().jsonPath();
        assertEquals(2, run.getList("schools").size(), run.prettify());
        assertEquals(run.getLong("schools[1].schoolId"), run.getLong("school.schoolId"), "the run ends at the last school");
        List<Integer> riderSchools = run.getList("stops.children.flatten().schoolId");
        assertEquals(8, riderSchools.size());
        assertEquals(4, riderSchools.stream().filter(s -> s == primary).count());
        assertEquals(4, riderSchools.stream().filter(s -> s == middle).count());
        assertEquals(-1, run.getInt("directions[-1].toSeq"), "the directions end at a school");
        assertEquals(run.getString("schools[1].name"), run.getString("directions[-1].to"));
        assertEquals(run.getString("schools[0].name"), run.getString("directions[-2].to"));
    }

    @Test
    void onADayTheMiddleSchoolIsClosedTheSharedRunTakesThePrimaryChildrenAlone() {
        JsonPath draft = publishedSharedPlan();
        LocalDate day = openAndClosed(primary, middle);
        // The middle school has no runs that day; the primary school's runs carry the shared route, without the
        // middle school's children.
        as(coordinator, PASSWORD).body(Map.of("date", day.toString())).post("/api/v1/schools/" + middle + "/runs")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        as(coordinator, PASSWORD).body(Map.of("date", day.toString())).post("/api/v1/schools/" + primary + "/runs")
                .then().statusCode(200).body("outcome.created", equalTo(2));
        JsonPath runs = as(coordinator, PASSWORD).queryParam("villageId", setup.villageId()).queryParam("date", day.toString())
                .get("/api/v1/runs").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(4, 4), runs.getList("items.children.total"), runs.prettify());
        long morningRun = runs.getLong("items.find { it.direction == 'TO_SCHOOL' }.id");
        List<Long> riding = as(coordinator, PASSWORD).get("/api/v1/runs/" + morningRun).then().statusCode(200)
                .extract().jsonPath().getList("stops.children.flatten().childId", Long.class);
        assertEquals(new java.util.TreeSet<>(primaryKids), new java.util.TreeSet<>(riding));
    }

    @Test
    void aChildRegisteredLaterBoardsAtAStopOfTheSharedRouteWhoseTimesAreWeighedAgain() {
        long planId = publishedSharedPlan().getLong("id");
        JsonPath before = Plans.plan(coordinator, planId);

        // A neighbour in Liuhe: a seat at one of the shared minibus's stops, every school still in its window.
        long neighbour = register(parent, middle, liuhe.get(8), 7);
        JsonPath seat = Plans.assignment(parent, neighbour);
        assertEquals("SEATED", seat.getString("status"), seat.prettify());
        assertEquals(before.getLong("routes[0].id"), seat.getLong("toSchool.routeId"));
        assertTrue(within(time(seat, "toSchool.atSchool"), "07:40", "08:00"), seat.prettify());
        JsonPath after = Plans.plan(coordinator, planId);
        assertEquals(9, after.getInt("routes[0].childrenOnBoard"));
        assertEquals(9, after.getInt("metrics.childrenServed"));
        assertTrue(after.getDouble("metrics.longestRideMinutes") <= 45);
        for (int j = 0; j < 2; j++) {
            long school = after.getLong("routes[0].schools[" + j + "].schoolId");
            LocalTime at = time(after, "routes[0].schools[" + j + "].time");
            assertTrue(school == primary ? within(at, "07:30", "07:50") : within(at, "07:40", "08:00"), after.prettify());
        }
        List<String> morning = after.getList("routes[0].stops.time");
        for (int k = 1; k < morning.size(); k++) {
            assertFalse(LocalTime.parse(morning.get(k)).isBefore(LocalTime.parse(morning.get(k - 1))), morning.toString());
        }

        // A family in town, far from every stop of the shared route: no new stop goes on it; they wait, and why.
        GeocodedPlace town = Plans.addressesNear(routing, 30.2995, 112.1990, 1).get(0);
        long far = register(parent, middle, town, 7);
        JsonPath waiting = Plans.assignment(parent, far);
        assertEquals("WAITLISTED", waiting.getString("status"), waiting.prettify());
        assertEquals("TOO_FAR_TO_WALK", waiting.getString("waitlistReason"));
    }

    @Test
    void aVolunteerRosteredForTheSharedRouteDrivesItOnADayItsFirstSchoolIsClosed() {
        JsonPath draft = publishedSharedPlan();
        for (long route : draft.getList("routes.id", Long.class)) {
            Map<String, Object> volunteerRun = new HashMap<>();
            volunteerRun.put("fundingModel", "COMMUNITY_VOLUNTEER");
            volunteerRun.put("sponsorIds", List.of());
            as(coordinator, PASSWORD).body(volunteerRun).put("/api/v1/routes/" + route).then().statusCode(200);
        }
        Map<String, Object> volunteer = Fleet.driverBody(setup.villageId());
        List<Map<String, String>> always = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            always.add(Map.of("dayOfWeek", d.name(), "partOfDay", "MORNING"));
            always.add(Map.of("dayOfWeek", d.name(), "partOfDay", "AFTERNOON"));
        }
        volunteer.put("availability", always);
        long driverId = Fleet.create(coordinator, "/api/v1/drivers", volunteer);
        // A weekday the school the minibus reaches first is closed and the other open.
        long first = draft.getLong("routes[0].schools[0].schoolId");
        long other = first == primary ? middle : primary;
        LocalDate day = openAndClosed(other, first);

        String roster = "/api/v1/villages/" + setup.villageId() + "/roster";
        as(coordinator, PASSWORD).body(Map.of("from", day.toString(), "to", day.toString())).post(roster)
                .then().statusCode(200);
        JsonPath duties = as(coordinator, PASSWORD).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get(roster).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(driverId, driverId), duties.getList("duties.driverId", Long.class), duties.prettify());
        JsonPath runs = as(coordinator, PASSWORD).body(Map.of("date", day.toString()))
                .post("/api/v1/schools/" + other + "/runs").then().statusCode(200).extract().jsonPath();
        assertEquals(2, runs.getInt("outcome.created"), runs.prettify());
        assertEquals(List.of(driverId, driverId), runs.getList("runs.driverId", Long.class), runs.prettify());
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), runs.getList("runs.status"));
    }

    @Test
    void badSchoolsToShareWithAreRefusedWithTheFieldAndNothingIsPlanned() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        Api.SchoolSetup elsewhere = Api.schoolWithCoordinator();
        assertProblem(draftWith(List.of(primary)), 400, "sharedWith[0]");
        assertProblem(draftWith(List.of(middle, middle)), 400, "sharedWith[1]");
        assertProblem(draftWith(java.util.Arrays.asList(middle, null)), 400, "sharedWith[1]");
        assertProblem(draftWith(List.of(elsewhere.schoolId())), 422, "sharedWith[0]");
        assertProblem(draftWith(List.of(Long.MAX_VALUE)), 422, "sharedWith[0]");
        // Another village's coordinator cannot plan these schools at all.
        as(elsewhere.coordinator(), PASSWORD).body(Map.of("sharedWith", List.of(middle)))
                .post("/api/v1/schools/" + primary + "/plans").then().statusCode(404);
        as(elsewhere.coordinator(), PASSWORD).body(Map.of("sharedWith", List.of(middle)))
                .post("/api/v1/schools/" + elsewhere.schoolId() + "/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("sharedWith[0]"));
        for (long school : List.of(primary, middle)) {
            as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/plans").then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void aPlanForOneSchoolCannotReplaceASharedPlanAndLeaveTheOtherSchoolWithout() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        long shared = sharedDraft(1).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + shared + "/publish").then().statusCode(200);
        long alone = Plans.draft(coordinator, primary).getLong("id");
        assertProblem(as(coordinator, PASSWORD).post("/api/v1/plans/" + alone + "/publish"), 409, "sharedWith");
        assertEquals("PUBLISHED", Plans.plan(coordinator, shared).getString("status"));
        assertEquals("DRAFT", Plans.plan(coordinator, alone).getString("status"));
        assertEquals(shared, Plans.assignment(parent, middleKids.get(0)).getLong("planId"));
        assertEquals(shared, Plans.assignment(parent, primaryKids.get(0)).getLong("planId"));

        // A new shared plan replaces it for both schools; the comparison sets it beside the one published.
        long again = sharedDraft(1).getLong("id");
        JsonPath comparison = as(coordinator, PASSWORD).get("/api/v1/plans/" + again + "/comparison")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) shared), comparison.getList("publishedPlanIds"));
        assertEquals(8, comparison.getInt("published.childrenServed"));
        as(coordinator, PASSWORD).post("/api/v1/plans/" + again + "/publish").then().statusCode(200);
        assertEquals("SUPERSEDED", Plans.plan(coordinator, shared).getString("status"));
        assertEquals(again, Plans.assignment(parent, middleKids.get(1)).getLong("planId"));
    }

    private Response draftWith(List<Long> sharedWith) {
        Map<String, Object> body = new HashMap<>();
        body.put("sharedWith", sharedWith);
        body.put("solverSeconds", 1);
        return as(coordinator, PASSWORD).body(body).post("/api/v1/schools/" + primary + "/plans");
    }

    private static void assertProblem(Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
