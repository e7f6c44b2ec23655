package org.schoolshuttle.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

@QuarkusTest
class DailyRunTest {

    @Inject
    RoutingService routing;

    @Inject
    DailyRunRepository runs;

    @BeforeEach
    void roads() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void generationMakesOneRunPerRouteAndDirectionAndRunningItAgainChangesNothing() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        LocalDate tomorrow = Runs.today().plusDays(1);

        JsonPath first = Runs.generate(s, tomorrow);
        assertEquals(2, first.getInt("outcome.created"), first.prettify());
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), first.getList("runs.status"));
        assertEquals(List.of(3, 3), first.getList("runs.children.total"));
        JsonPath again = Runs.generate(s, tomorrow);
        assertEquals(0, again.getInt("outcome.created"));
        assertEquals(2, again.getInt("outcome.refreshed"));
        assertEquals(first.getList("runs.id"), again.getList("runs.id"));
        assertEquals(first.getList("runs.firstStopAt"), again.getList("runs.firstStopAt"));

        // The driver sees their own runs of the day, morning first; the morning reaches school before the bell.
        JsonPath mine = as(s.driver(), PASSWORD).queryParam("date", tomorrow.toString()).get("/api/v1/driver/runs")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TO_SCHOOL", "FROM_SCHOOL"), mine.getList("direction"));
        LocalTime arrival = java.time.Instant.parse(mine.getString("[0].endsAt")).atZone(Runs.VILLAGE_ZONE).toLocalTime();
        assertTrue(!arrival.isAfter(LocalTime.of(7, 50)) && !arrival.isBefore(LocalTime.of(7, 30)), "arrival " + arrival);
        // Not a school day: refused with the reason, nothing generated.
        LocalDate sunday = Runs.today().plusWeeks(2).with(java.time.DayOfWeek.SUNDAY);
        as(s.coordinator(), PASSWORD).body(Map.of("date", sunday.toString())).post("/api/v1/schools/" + s.schoolId() + "/runs")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("date"));
    }

    @Test
    void theDriverSeesTheStopsTheChildrenTheirPhonesAndDirections() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of("authorisedAdults",
                List.of(Map.of("name", "张阿姨", "phone", "13912345678", "relation", "aunt"))));
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        long morning = Runs.runId(s, Runs.today(), "TO_SCHOOL");

        JsonPath run = as(s.driver(), PASSWORD).header("Accept-Language", "zh-CN").get("/api/v1/runs/" + morning)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> riders = new ArrayList<>();
        for (Map<String, Object> stop : run.<Map<String, Object>>getList("stops")) {
            riders.addAll((List<Map<String, Object>>) stop.get("children"));
            assertNotNull(stop.get("plannedTime"));
        }
        assertEquals(2, riders.size(), run.prettify());
        Map<String, Object> child = riders.get(0);
        assertEquals("EXPECTED", child.get("state"));
        assertTrue(((Map<?, ?>) child.get("guardian")).get("phone").toString().startsWith("+86"));
        assertEquals("张阿姨", ((List<Map<String, Object>>) child.get("authorisedAdults")).get(0).get("name"));
        assertFalse(child.containsKey("familyName"), "the driver sees the given name only");
        assertNull(run.get("escort"), "no escort on this route");
        assertEquals("LineString", run.getString("geometry.type"));
        assertTrue(run.getList("geometry.coordinates").size() > 2);
        // Turn-by-turn, leg by leg, in the driver's language, the last leg to school.
        List<Map<String, Object>> legs = run.getList("directions");
        assertEquals(run.getList("stops").size(), legs.size());
        assertEquals(-1, legs.get(legs.size() - 1).get("toSeq"));
        String firstStep = ((List<Map<String, Object>>) legs.get(legs.size() - 1).get("steps")).get(0).get("text").toString();
        assertTrue(firstStep.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese directions: " + firstStep);
        // Without a language in the request, the one the driver chose for their account.
        as(s.driver(), PASSWORD).body(Map.of("language", "en")).put("/api/v1/me/language").then().statusCode(200);
        String english = as(s.driver(), PASSWORD).get("/api/v1/runs/" + morning).then().statusCode(200).extract()
                .jsonPath().getString("directions[-1].steps[0].text");
        // The road keeps its Chinese name; the words around it are English.
        assertTrue(english.matches("^[A-Za-z][a-z ]+.*"), "English directions: " + english);
    }

    @Test
    void aRunNobodyMayDriveIsBlockedAlertsTheCoordinatorOnceAndClearsWhenADriverIsNamed() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        LocalDate tomorrow = Runs.today().plusDays(1);
        JsonPath generated = Runs.generate(s, tomorrow);
        assertEquals(List.of("BLOCKED", "BLOCKED"), generated.getList("runs.status"));
        assertEquals("No driver is assigned to the route", generated.getString("runs[0].blockedReasons[0]"));
        Runs.generate(s, tomorrow);
        JsonPath alerts = as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, alerts.getInt("total"), "one alert per run, however often generation runs");
        assertEquals(List.of("RUN_BLOCKED", "RUN_BLOCKED"), alerts.getList("items.kind"));
        // Another village's coordinator sees none of it.
        String stranger = Api.coordinator(Api.village());
        as(stranger, PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/alerts").then().statusCode(404);
        as(stranger, PASSWORD).post("/api/v1/alerts/" + alerts.getLong("items[0].id") + "/acknowledge").then().statusCode(404);

        // Naming a fit driver on the route unblocks its run at once.
        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        long morning = Runs.runId(s, tomorrow, "TO_SCHOOL");
        as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + morning).then().statusCode(200)
                .body("run.status", equalTo("SCHEDULED")).body("run.blockedReasons", hasSize(0));
        as(s.coordinator(), PASSWORD).post("/api/v1/alerts/" + alerts.getLong("items[0].id") + "/acknowledge")
                .then().statusCode(200).body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/alerts").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aMorningRunFromStartToCompleteWithAnOfflineReplay() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        String path = "/api/v1/runs/" + run;
        long a = s.children().get(0);
        long b = s.children().get(1);
        long c = s.children().get(2);

        // Nothing can be recorded before the start.
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", a)))).post(path + "/events")
                .then().statusCode(422).body("errors.field", hasItem("events[0]"));
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        // The phone was offline: its queue arrives as one batch, then again after a lost answer.
        List<Map<String, Object>> queued = List.of(Runs.event("CHECKED_ON", a), Runs.event("CHECKED_ON", b),
                Runs.event("NO_SHOW", c));
        as(s.driver(), PASSWORD).body(Runs.batch(queued)).post(path + "/events").then().statusCode(200)
                .body("recorded", equalTo(3)).body("children.onBoard", equalTo(2)).body("children.noShow", equalTo(1));
        as(s.driver(), PASSWORD).body(Runs.batch(queued)).post(path + "/events").then().statusCode(200)
                .body("recorded", equalTo(0)).body("alreadyRecorded", equalTo(3)).body("children.onBoard", equalTo(2));
        // A second tap on a child already on board is recorded; nothing changes and the family is not told twice.
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", a)))).post(path + "/events").then()
                .statusCode(200).body("recorded", equalTo(1)).body("children.onBoard", equalTo(2));

        // A batch with one bad event records nothing at all.
        long stranger = Runs.publishedPlan(routing, 1, Map.of()).children().get(0);
        Response refused = as(s.driver(), PASSWORD)
                .body(Runs.batch(List.of(Runs.event("CHECKED_OFF", a), Runs.event("CHECKED_ON", stranger))))
                .post(path + "/events");
        Fleet.assertProblem(refused, 422, "events[1].childId");
        as(s.driver(), PASSWORD).get(path).then().statusCode(200).body("run.children.onBoard", equalTo(2))
                .body("run.children.noShow", equalTo(1)).body("run.children.total", equalTo(3));
        // The driver's list of the day counts the same.
        as(s.driver(), PASSWORD).get("/api/v1/driver/runs").then().statusCode(200)
                .body("find { it.direction == 'TO_SCHOOL' }.children.onBoard", equalTo(2))
                .body("find { it.direction == 'TO_SCHOOL' }.children.noShow", equalTo(1))
                .body("find { it.direction == 'TO_SCHOOL' }.children.expected", equalTo(0))
                .body("find { it.direction == 'FROM_SCHOOL' }.children.expected", equalTo(3));
        // The same id for a different event is refused, not taken for a replay.
        Map<String, Object> reused = new java.util.HashMap<>(Runs.event("CHECKED_OFF", a));
        reused.put("id", queued.get(0).get("id"));
        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Runs.batch(List.of(reused))).post(path + "/events"), 422,
                "events[0].id");

        // Complete is refused, naming them, while children are on board.
        Response early = as(s.driver(), PASSWORD).body(Map.of()).post(path + "/complete");
        Fleet.assertProblem(early, 409, "children[" + a + "]");
        early.then().body("errors.field", hasItem("children[" + b + "]"))
                .body("errors.reason", hasItem(org.hamcrest.Matchers.containsString("still on board")));

        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_OFF", a), Runs.event("CHECKED_OFF", b))))
                .post(path + "/events").then().statusCode(200).body("children.off", equalTo(2));
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedAt", org.hamcrest.Matchers.notNullValue());
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", c)))).post(path + "/events")
                .then().statusCode(422);

        // The family was told once of each change, and sees the day.
        JsonPath messages = as(s.parent(), PASSWORD).get("/api/v1/messages?size=100").then().statusCode(200).extract().jsonPath();
        assertEquals(1, messages.getList("items.findAll { it.childId == " + a + " && it.topic == 'ON_BOARD' }").size());
        assertTrue(messages.getList("items.topic").containsAll(List.of("ON_BOARD", "DROPPED_OFF", "NOT_AT_STOP")),
                messages.prettify());
        JsonPath today = as(s.parent(), PASSWORD).get("/api/v1/children/" + a + "/today").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("DROPPED_OFF", today.getString("rides.find { it.direction == 'TO_SCHOOL' }.status"));
        assertEquals("SCHEDULED", today.getString("rides.find { it.direction == 'FROM_SCHOOL' }.status"));
        assertEquals("NOT_AT_STOP", as(s.parent(), PASSWORD).get("/api/v1/children/" + c + "/today").then()
                .extract().jsonPath().getString("rides.find { it.direction == 'TO_SCHOOL' }.status"));
    }

    @Test
    void completeAcceptsAnExplicitExceptionWithANote() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        String path = "/api/v1/runs/" + Runs.runId(s, Runs.today(), "TO_SCHOOL");
        long a = s.children().get(0);
        long b = s.children().get(1);
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200);
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", a), Runs.event("CHECKED_ON", b),
                Runs.event("CHECKED_OFF", a)))).post(path + "/events").then().statusCode(200);

        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Map.of("exceptions", List.of(Map.of("childId", b, "note", " "))))
                .post(path + "/complete"), 400, "exceptions[0].note");
        as(s.driver(), PASSWORD).body(Map.of("exceptions", List.of(Map.of("childId", b,
                        "note", "Felt sick; taken to the school nurse by the escort"))))
                .post(path + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("children.exceptions", equalTo(1));
        assertEquals("RESOLVED", as(s.parent(), PASSWORD).get("/api/v1/children/" + b + "/today").then()
                .extract().jsonPath().getString("rides.find { it.direction == 'TO_SCHOOL' }.status"));
    }

    @Test
    void boardingBeyondTheSeatsIsRefused() {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        // A smaller vehicle stood in that day: two seats for three children.
        SmallerVehicle.seats(run, 2);
        String path = "/api/v1/runs/" + run;
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200);
        Response full = as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", s.children().get(0)),
                Runs.event("CHECKED_ON", s.children().get(1)), Runs.event("CHECKED_ON", s.children().get(2)))))
                .post(path + "/events");
        Fleet.assertProblem(full, 422, "events[2].type");
        full.then().body("errors.reason", hasItem(org.hamcrest.Matchers.containsString("seats")));
        as(s.driver(), PASSWORD).get(path).then().body("run.children.onBoard", equalTo(0));
    }

    @Test
    void theAfternoonHandsAYoungChildOnlyToAnAuthorisedAdult() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of("handoverRequired", true, "authorisedAdults",
                List.of(Map.of("name", "张阿姨", "phone", "13912345678", "relation", "aunt"))));
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        String path = "/api/v1/runs/" + Runs.runId(s, Runs.today(), "FROM_SCHOOL");
        long child = s.children().get(0);
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200);
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", child)))).post(path + "/events")
                .then().statusCode(200);

        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_OFF", child))))
                .post(path + "/events"), 422, "events[0].type");
        Map<String, Object> stranger = new java.util.HashMap<>(Runs.event("HANDED_OVER", child));
        stranger.put("adultName", "陌生人");
        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Runs.batch(List.of(stranger))).post(path + "/events"), 422,
                "events[0].adultName");
        Map<String, Object> aunt = new java.util.HashMap<>(Runs.event("HANDED_OVER", child));
        aunt.put("adultName", "张阿姨");
        as(s.driver(), PASSWORD).body(Runs.batch(List.of(aunt))).post(path + "/events").then().statusCode(200);
        JsonPath today = as(s.parent(), PASSWORD).get("/api/v1/children/" + child + "/today").then().extract().jsonPath();
        assertEquals("HANDED_OVER", today.getString("rides.find { it.direction == 'FROM_SCHOOL' }.status"));
        assertEquals("张阿姨", today.getString("rides.find { it.direction == 'FROM_SCHOOL' }.handedTo"));
    }

    @Test
    void aRouteWithAnEscortStartsOnlyOnceTheEscortIsCheckedIn() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long escort = Fleet.create(s.coordinator(), "/api/v1/escorts", Fleet.escortBody(s.villageId()));
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), escort));
        Runs.generate(s, Runs.today());
        String path = "/api/v1/runs/" + Runs.runId(s, Runs.today(), "TO_SCHOOL");
        // The run screen names both adults on board, with the phones to reach them.
        as(s.driver(), PASSWORD).get(path).then().statusCode(200)
                .body("escort.id", equalTo((int) escort)).body("escort.name", equalTo("王秀英"))
                .body("escort.phone", org.hamcrest.Matchers.startsWith("+86"))
                .body("driver.id", equalTo((int) s.driverId())).body("driver.phone", org.hamcrest.Matchers.notNullValue());
        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start"), 409, "escort");
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/escort-check-in").then().statusCode(200)
                .body("escortCheckedInAt", org.hamcrest.Matchers.notNullValue());
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void runsAreRefusedToEveryoneButTheirDriverAndTheirVillage() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        String path = "/api/v1/runs/" + run;

        long otherDriverId = Fleet.driver(s.coordinator(), s.villageId());
        String otherDriver = Fleet.driverLogin(s.coordinator(), otherDriverId);
        as(otherDriver, PASSWORD).get(path).then().statusCode(404);
        as(otherDriver, PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(404);
        as(otherDriver, PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", s.children().get(0)))))
                .post(path + "/events").then().statusCode(404);
        as(otherDriver, PASSWORD).queryParam("date", Runs.today().toString()).get("/api/v1/driver/runs")
                .then().statusCode(200).body("$", hasSize(0));
        String stranger = Api.coordinator(Api.village());
        as(stranger, PASSWORD).get(path).then().statusCode(404);
        as(stranger, PASSWORD).body(Map.of("date", Runs.today().toString()))
                .post("/api/v1/schools/" + s.schoolId() + "/runs").then().statusCode(404);
        as(stranger, PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/runs").then().statusCode(404);
        as(s.parent(), PASSWORD).get(path).then().statusCode(403);
        as(s.parent(), PASSWORD).get("/api/v1/runs").then().statusCode(403);
        // A coordinator sees the run but does not drive it.
        as(s.coordinator(), PASSWORD).get(path).then().statusCode(200);
        as(s.coordinator(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(403);
        // Another family may not see the child's day or report an absence for them.
        String otherParent = Api.parent();
        long child = s.children().get(0);
        as(otherParent, PASSWORD).get("/api/v1/children/" + child + "/today").then().statusCode(404);
        as(otherParent, PASSWORD).body(Map.of("firstDay", Runs.today().plusDays(1).toString()))
                .post("/api/v1/children/" + child + "/absences").then().statusCode(404);
        as(s.driver(), PASSWORD).get("/api/v1/children/" + child + "/today").then().statusCode(403);
    }

    @Test
    void anAbsenceTakesTheChildOffThatDaysRunAndWithdrawingItPutsThemBack() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        LocalDate tomorrow = Runs.today().plusDays(1);
        Runs.generate(s, tomorrow);
        long child = s.children().get(0);
        String absences = "/api/v1/children/" + child + "/absences";

        long absence = as(s.parent(), PASSWORD).body(Map.of("firstDay", tomorrow.toString(), "direction", "TO_SCHOOL",
                        "note", "dentist in the morning")).post(absences)
                .then().statusCode(201).body("lastDay", equalTo(tomorrow.toString())).extract().jsonPath().getLong("id");
        as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + Runs.runId(s, tomorrow, "TO_SCHOOL")).then()
                .body("run.children.total", equalTo(1));
        as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + Runs.runId(s, tomorrow, "FROM_SCHOOL")).then()
                .body("run.children.total", equalTo(2));
        // Generating again keeps them off.
        Runs.generate(s, tomorrow);
        as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + Runs.runId(s, tomorrow, "TO_SCHOOL")).then()
                .body("run.children.total", equalTo(1));

        as(s.parent(), PASSWORD).delete(absences + "/" + absence).then().statusCode(204);
        as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + Runs.runId(s, tomorrow, "TO_SCHOOL")).then()
                .body("run.children.total", equalTo(2));
        as(s.parent(), PASSWORD).get(absences).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badAbsencesAreRefusedAndChangeNothing() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        String absences = "/api/v1/children/" + s.children().get(0) + "/absences";
        Fleet.assertProblem(as(s.parent(), PASSWORD).body(Map.of()).post(absences), 400, "firstDay");
        Fleet.assertProblem(as(s.parent(), PASSWORD).body(Map.of("firstDay", "tomorrow")).post(absences), 400, "firstDay");
        Fleet.assertProblem(as(s.parent(), PASSWORD).body(Map.of("firstDay", Runs.today().minusDays(1).toString()))
                .post(absences), 422, "firstDay");
        Fleet.assertProblem(as(s.parent(), PASSWORD).body(Map.of("firstDay", Runs.today().plusDays(3).toString(),
                "lastDay", Runs.today().plusDays(2).toString())).post(absences), 422, "lastDay");
        Fleet.assertProblem(as(s.parent(), PASSWORD).body(Map.of("firstDay", Runs.today().plusDays(3).toString(),
                "direction", "SIDEWAYS")).post(absences), 400, "direction");
        // Today: families until the 06:00 cut-off, in the village's time.
        boolean beforeCutoff = java.time.LocalTime.now(Runs.VILLAGE_ZONE).isBefore(LocalTime.of(6, 0));
        Response todays = as(s.parent(), PASSWORD).body(Map.of("firstDay", Runs.today().toString())).post(absences);
        if (beforeCutoff) {
            todays.then().statusCode(201);
        } else {
            Fleet.assertProblem(todays, 422, "firstDay");
            todays.then().body("errors.reason", hasItem(org.hamcrest.Matchers.containsString("06:00")));
        }
        as(s.parent(), PASSWORD).get(absences).then().statusCode(200).body("$", hasSize(beforeCutoff ? 1 : 0));
    }

    @Test
    void startIsRefusedForABlockedRunAndOnAnotherDay() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        LocalDate tomorrow = Runs.today().plusDays(1);
        Runs.generate(s, tomorrow);
        String path = "/api/v1/runs/" + Runs.runId(s, tomorrow, "TO_SCHOOL");
        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start"), 409, "date");

        // The vehicle's inspection runs out today: today's runs are blocked when generated, and cannot start.
        Map<String, Object> vehicle = org.schoolshuttle.route.Plans.vehicleBody(s.villageId(), s.sponsor(), 14);
        vehicle.put("plate", as(s.coordinator(), PASSWORD).get("/api/v1/vehicles/" + s.vehicle()).then().extract().path("plate"));
        vehicle.put("inspectionExpiry", Runs.today().minusDays(1).toString());
        as(s.coordinator(), PASSWORD).body(vehicle).put("/api/v1/vehicles/" + s.vehicle()).then().statusCode(200);
        JsonPath generated = Runs.generate(s, Runs.today());
        assertEquals(List.of("BLOCKED", "BLOCKED"), generated.getList("runs.status"));
        String today = "/api/v1/runs/" + Runs.runId(s, Runs.today(), "TO_SCHOOL");
        Response blocked = as(s.driver(), PASSWORD).body(Map.of()).post(today + "/start");
        Fleet.assertProblem(blocked, 409, "status");
        blocked.then().body("detail", org.hamcrest.Matchers.containsString("Vehicle"));
        Fleet.assertProblem(as(s.driver(), PASSWORD).body(Map.of("at", "2020-01-01T07:00:00Z")).post(path + "/escort-check-in"),
                409, "escort");
    }

    /** Changes a run behind the API, as a day's circumstances would. */
    @jakarta.enterprise.context.ApplicationScoped
    static class SmallerVehicle {
        @Inject
        DailyRunRepository runs;

        static void seats(long runId, int seats) {
            io.quarkus.arc.Arc.container().instance(SmallerVehicle.class).get().setSeats(runId, seats);
        }

        @Transactional
        void setSeats(long runId, int seats) {
            runs.findById(runId).seats = seats;
        }
    }
}
