package org.schoolshuttle.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

@QuarkusTest
class RunWatchTest {

    @Inject
    RoutingService routing;

    @Inject
    RunWatch watch;

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    @Test
    void aRunNotStartedAndARunNeverCompletedAlertTheCoordinatorOnce() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        JsonPath run = as(s.coordinator(), PASSWORD).get("/api/v1/runs/" + Runs.runId(s, Runs.today(), "TO_SCHOOL"))
                .then().statusCode(200).extract().jsonPath();
        Instant firstStop = Instant.parse(run.getString("run.firstStopAt"));
        Instant end = Instant.parse(run.getString("run.endsAt"));

        watch.watch(firstStop.plus(Duration.ofMinutes(9)));
        assertEquals(List.of(), kinds(s), "not yet: 10 minutes of grace");
        watch.watch(firstStop.plus(Duration.ofMinutes(11)));
        watch.watch(firstStop.plus(Duration.ofMinutes(12)));
        assertEquals(List.of("RUN_NOT_STARTED"), kinds(s));
        String message = as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/alerts")
                .then().extract().path("items[0].message");
        assertTrue(message.contains("has not been started"), message);

        watch.watch(end.plus(Duration.ofMinutes(61)));
        assertEquals(List.of("RUN_NOT_COMPLETED", "RUN_NOT_STARTED"), kinds(s));
    }

    @Test
    void aRunCompletedWithAChildResolvedByANoteIsBroughtToTheCoordinator() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        String path = "/api/v1/runs/" + Runs.runId(s, Runs.today(), "FROM_SCHOOL");
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200);
        as(s.driver(), PASSWORD).body(Map.of("exceptions", List.of(Map.of("childId", s.children().get(0),
                "note", "Stayed at school for the choir; the teacher phoned")))).post(path + "/complete")
                .then().statusCode(200);
        watch.watch(Instant.now());
        assertTrue(kinds(s).contains("CHILD_EXCEPTION"), kinds(s).toString());
    }

    @Test
    void theDriverIsRemindedOnceHalfAnHourBeforeTheFirstStop() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        Runs.generate(s, Runs.today());
        Instant firstStop = Instant.parse(as(s.coordinator(), PASSWORD)
                .get("/api/v1/runs/" + Runs.runId(s, Runs.today(), "TO_SCHOOL")).then().extract().path("run.firstStopAt"));
        watch.watch(firstStop.minus(Duration.ofMinutes(31)));
        assertEquals(List.of(), reminders(s));
        watch.watch(firstStop.minus(Duration.ofMinutes(29)));
        watch.watch(firstStop.minus(Duration.ofMinutes(28)));
        List<String> reminders = reminders(s);
        assertEquals(1, reminders.size(), reminders.toString());
        assertTrue(reminders.get(0).contains("出车提醒") && reminders.get(0).contains("2 名学生"), reminders.get(0));
    }

    private static List<String> reminders(Runs.Setup s) {
        JsonPath feed = as(s.driver(), PASSWORD).get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
        return feed.<String>getList("items.findAll { it.topic == 'RUN_REMINDER' }.body");
    }

    private static List<String> kinds(Runs.Setup s) {
        return as(s.coordinator(), PASSWORD).queryParam("villageId", s.villageId()).get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
    }
}
