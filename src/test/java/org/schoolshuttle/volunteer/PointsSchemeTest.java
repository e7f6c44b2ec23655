package org.schoolshuttle.volunteer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.RunWatch;
import org.schoolshuttle.run.Runs;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** The village's points scheme as coordinators set it, and the points real runs earn under it. */
@QuarkusTest
class PointsSchemeTest {

    @Inject
    RoutingService routing;

    @Inject
    RunWatch watch;

    @Inject
    EntityManager em;

    @BeforeEach
    void roads() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void theCoordinatorSetsTheSchemeFromThisMonthOnAndBadValuesChangeNothing() {
        Api.SchoolSetup v = Api.schoolWithCoordinator();
        String path = "/api/v1/villages/" + v.villageId() + "/points-scheme";
        as(v.coordinator(), PASSWORD).get(path).then().statusCode(200).body("standard", equalTo(true))
                .body("pointsPerHour", equalTo(10)).body("earlyRunBonus", equalTo(5))
                .body("earlyBefore", equalTo("07:00:00")).body("fullMonthBonus", equalTo(50))
                .body("cleanRecordBonus", equalTo(30));

        as(v.coordinator(), PASSWORD).body(Volunteering.scheme(12, 8, "06:30", 100, 40)).put(path).then().statusCode(200)
                .body("standard", equalTo(false)).body("pointsPerHour", equalTo(12))
                .body("effectiveFrom", equalTo(YearMonth.from(Runs.today()).atDay(1).toString()))
                .body("updatedBy", equalTo(v.coordinator()));

        Map<String, Object> bad = Volunteering.scheme(-1, 8, "06:30", 100, 40);
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(bad).put(path), 400, "pointsPerHour");
        bad = Volunteering.scheme(12, 8, "25:00", 100, 40);
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(bad).put(path), 400, "earlyBefore");
        bad = Volunteering.scheme(12, 8, "06:30", 10001, 40);
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(bad).put(path), 400, "fullMonthBonus");
        bad = Volunteering.scheme(12, 8, "06:30", 100, 40);
        bad.remove("cleanRecordBonus");
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(bad).put(path), 400, "cleanRecordBonus");
        bad = Volunteering.scheme(12, 8, "06:30", 100, 40);
        bad.put("bonusForSmiles", 3);
        Fleet.assertProblem(as(v.coordinator(), PASSWORD).body(bad).put(path), 400, "bonusForSmiles");

        String stranger = Api.schoolWithCoordinator().coordinator();
        as(stranger, PASSWORD).get(path).then().statusCode(404);
        as(stranger, PASSWORD).body(Volunteering.scheme(1, 1, "06:00", 1, 1)).put(path).then().statusCode(404);
        long driver = Fleet.driver(v.coordinator(), v.villageId());
        as(Fleet.driverLogin(v.coordinator(), driver), PASSWORD).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);

        as(v.coordinator(), PASSWORD).get(path).then().statusCode(200).body("pointsPerHour", equalTo(12))
                .body("earlyBefore", equalTo("06:30:00")).body("cleanRecordBonus", equalTo(40));
    }

    @Test
    void runsEarnHourPointsAndEarlyBonusesAndAnAlertSpoilsTheCleanRecord() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        // One point a minute; every run of the day is "early" before 23:59.
        Volunteering.setScheme(c.coordinator(), c.villageId(), Volunteering.scheme(60, 7, "23:59", 100, 40));
        Volunteering.drive(c, c.morning(), 40, null);

        JsonPath me = Volunteering.mine(c.driver());
        assertEquals(YearMonth.from(Runs.today()).toString(), me.getString("months[0].month"));
        assertEquals(40, me.getInt("months[0].hourPoints"));
        assertEquals(1, me.getInt("months[0].earlyRuns"));
        assertEquals(47, me.getInt("months[0].points"));
        assertFalse(me.getBoolean("months[0].settled"));
        assertTrue(me.getBoolean("months[0].fullMonth") && me.getBoolean("months[0].cleanRecord"), "on course");
        assertEquals(0, me.getInt("months[0].fullMonthBonus"), "the month is not over");
        assertEquals(47, me.getInt("pointsBalance"));
        assertEquals(47, Volunteering.record(c.coordinator(), c.villageId(), "escorts", c.escortId())
                .getInt("months[0].points"), "the escort earns the same");

        // This month's change of scheme applies to this month.
        Volunteering.setScheme(c.coordinator(), c.villageId(), Volunteering.scheme(60, 7, "00:00", 100, 40));
        assertEquals(40, Volunteering.mine(c.driver()).getInt("months[0].points"));

        // The afternoon run ends with the child resolved by a note: the watch alerts, the clean record is gone.
        Volunteering.drive(c, c.afternoon(), 20, "Collected at the school gate by her aunt, the teacher phoned");
        watch.watch(Instant.now());
        me = Volunteering.mine(c.driver());
        assertEquals(60, me.getInt("months[0].points"));
        assertEquals(1, me.getInt("months[0].safetyAlerts"));
        assertFalse(me.getBoolean("months[0].cleanRecord"));
        assertTrue(me.getBoolean("months[0].fullMonth"));
        assertFalse(Volunteering.record(c.coordinator(), c.villageId(), "escorts", c.escortId())
                .getBoolean("months[0].cleanRecord"), "the alert is on the escort's run too");
    }

    @Test
    void aRunNotStartedIsMissedAndLosesTheFullMonth() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        Volunteering.drive(c, c.morning(), 30, null);
        assertTrue(Volunteering.mine(c.driver()).getBoolean("months[0].fullMonth"));

        Instant afternoon = Instant.parse(as(c.coordinator(), PASSWORD).get("/api/v1/runs/" + c.afternoon())
                .then().statusCode(200).extract().path("run.firstStopAt"));
        watch.watch(afternoon.plus(Duration.ofMinutes(11)));

        JsonPath me = Volunteering.mine(c.driver());
        assertEquals(1, me.getInt("months[0].missedRuns"));
        assertFalse(me.getBoolean("months[0].fullMonth"));
        assertTrue(me.getBoolean("months[0].cleanRecord"), "a run not started is not a safety alert");
        assertFalse(Volunteering.record(c.coordinator(), c.villageId(), "escorts", c.escortId())
                .getBoolean("months[0].fullMonth"));
    }

    @Test
    void aMonthOverGivesItsBonusesToThoseWhoDroveEveryRunOfTheirsWithoutAnAlert() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        Volunteering.drive(c, c.morning(), 40, null);
        // A month that has ended: the run driven today is moved, with its hours, to this day last month.
        YearMonth last = YearMonth.from(Runs.today()).minusMonths(1);
        moveToLastMonth(c.morning());

        JsonPath month = lastMonth(c.driver(), last);
        assertTrue(month.getBoolean("settled"));
        assertEquals(40, month.getInt("minutes"));
        assertEquals(6, month.getInt("hourPoints"), "the defaults: 10 an hour, 40 minutes");
        assertEquals(50, month.getInt("fullMonthBonus"));
        assertEquals(30, month.getInt("cleanRecordBonus"));
        assertEquals(6 + month.getInt("earlyBonus") + 80, month.getInt("points"));

        // The afternoon run of that day was never started: missed, and the full-month bonus is gone.
        moveToLastMonth(c.afternoon());
        month = lastMonth(c.driver(), last);
        assertEquals(1, month.getInt("missedRuns"));
        assertEquals(0, month.getInt("fullMonthBonus"));
        assertEquals(30, month.getInt("cleanRecordBonus"));
        JsonPath me = Volunteering.mine(c.driver());
        assertEquals(me.getInt("pointsEarned"), me.getInt("pointsBalance"));
        assertEquals(6 + month.getInt("earlyBonus") + 30, me.getInt("pointsEarned"));
    }

    private static JsonPath lastMonth(String driver, YearMonth last) {
        JsonPath me = Volunteering.mine(driver);
        List<Map<String, Object>> months = me.getList("months");
        Map<String, Object> found = months.stream().filter(m -> last.toString().equals(m.get("month"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + last + " in " + me.prettify()));
        try {
            return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(found));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run and the hours it credited move to the same day a month earlier. */
    private void moveToLastMonth(long runId) {
        QuarkusTransaction.requiringNew().run(() -> {
            DailyRun run = em.find(DailyRun.class, runId);
            run.serviceDate = run.serviceDate.minusMonths(1);
            em.createQuery("update ServiceHours h set h.serviceDate = ?1 where h.runId = ?2")
                    .setParameter(1, run.serviceDate).setParameter(2, runId).executeUpdate();
        });
    }
}
