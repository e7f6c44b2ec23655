package org.schoolshuttle.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** The clustered Quartz job of each village, on the application's database, and the catch-up after downtime. */
@QuarkusTest
class RunGenerationScheduleTest {

    @Inject
    RoutingService routing;

    @Inject
    Scheduler quartz;

    @Inject
    RunGenerationSchedule schedule;

    @Inject
    VillageRuns villageRuns;

    @Inject
    VillageRepository villages;

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    @Test
    void everyVillageHasItsJobInItsTimeZoneAndFiringItGeneratesTheNextSchoolDay() throws Exception {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        TriggerKey key = TriggerKey.triggerKey("generate-runs-" + s.villageId(), RunGenerationSchedule.GROUP);
        CronTrigger trigger = (CronTrigger) quartz.getTrigger(key);
        assertEquals("0 0 17 * * ?", trigger.getCronExpression());
        assertEquals("Asia/Shanghai", trigger.getTimeZone().getID());
        LocalTime next = trigger.getNextFireTime().toInstant().atZone(Runs.VILLAGE_ZONE).toLocalTime();
        assertEquals(LocalTime.of(17, 0), next);

        quartz.triggerJob(RunGenerationSchedule.jobKey(s.villageId()));
        LocalDate tomorrow = Runs.today().plusDays(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runsOn(s, tomorrow).getInt("total") == 2);
        // Firing again (a second instance, a retry) changes nothing.
        List<Object> ids = runsOn(s, tomorrow).getList("items.id");
        quartz.triggerJob(RunGenerationSchedule.jobKey(s.villageId()));
        Thread.sleep(1500);
        assertEquals(ids, runsOn(s, tomorrow).getList("items.id"));

        // A village moved to another time zone has its trigger moved with it.
        as(org.schoolshuttle.Api.ADMIN, org.schoolshuttle.Api.ADMIN_PASSWORD)
                .body(Map.of("nameZh", org.schoolshuttle.Api.unique("村"), "nameEn", org.schoolshuttle.Api.unique("Village "),
                        "centre", Map.of("lat", 30.30, "lon", 112.20), "timeZone", "Asia/Urumqi"))
                .put("/api/v1/villages/" + s.villageId()).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                ((CronTrigger) quartz.getTrigger(key)).getTimeZone().getID().equals("Asia/Urumqi"));
    }

    @Test
    void afterDowntimeTheCatchUpMakesTodaysRemainingRunsAndTomorrowsOnce() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
        // The service comes back at noon, after the 17:00 job of yesterday was missed.
        Instant noon = Runs.today().atTime(12, 0).atZone(Runs.VILLAGE_ZONE).toInstant();
        RunGenerator.Outcome outcome = villageRuns.catchUp(s.villageId(), noon, false);
        assertEquals(1, outcome.created(), "only the afternoon run is still to come: " + outcome);
        assertEquals(List.of("FROM_SCHOOL"), runsOn(s, Runs.today()).getList("items.direction"));

        Instant evening = Runs.today().atTime(18, 0).atZone(Runs.VILLAGE_ZONE).toInstant();
        Village village = villages.findById(s.villageId());
        assertTrue(schedule.generationDueToday(village, evening));
        assertFalse(schedule.generationDueToday(village, Runs.today().atTime(16, 59).atZone(Runs.VILLAGE_ZONE).toInstant()));
        RunGenerator.Outcome late = villageRuns.catchUp(s.villageId(), evening, true);
        assertEquals(2, late.created(), "tomorrow's two runs: " + late);
        assertEquals(0, villageRuns.catchUp(s.villageId(), evening, true).created());
    }

    private static JsonPath runsOn(Runs.Setup s, LocalDate day) {
        return as(s.coordinator(), PASSWORD).queryParam("schoolId", s.schoolId()).queryParam("date", day.toString())
                .get("/api/v1/runs").then().statusCode(200).extract().jsonPath();
    }
}
