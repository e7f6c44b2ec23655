package org.schoolshuttle.school;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;
import static org.schoolshuttle.Api.primarySchool;

@QuarkusTest
class SchoolResourceTest {

    @BeforeEach
    void ready() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        org.schoolshuttle.RoadNetworkReady.await();
    }



    @Test
    void aCoordinatorCreatesASchoolSnappedToTheRoad() {
        long village = Api.village();
        String coordinator = Api.coordinator(village);
        as(coordinator, PASSWORD).body(primarySchool(village)).post("/api/v1/schools").then().statusCode(201)
                .body("walkLimitMeters", equalTo(600))
                .body("gradeWalkLimits.1", equalTo(400))
                .body("location.lat", org.schoolshuttle.NumberMatchers.between(30.3010, 30.3013))
                .body("morningBell", equalTo("08:00:00"));
    }

    @Test
    void badSchoolsAreRefusedWithTheField() {
        long village = Api.village();
        String coordinator = Api.coordinator(village);
        assertRefused(coordinator, with(primarySchool(village), "afternoonDismissal", "07:00"), 400, "afternoonDismissal");
        assertRefused(coordinator, with(primarySchool(village), "highestGrade", 0), 400, "highestGrade");
        assertRefused(coordinator, with(with(primarySchool(village), "lowestGrade", 5), "highestGrade", 3), 400, "highestGrade");
        assertRefused(coordinator, with(primarySchool(village), "gradeWalkLimits", Map.of("9", 500)), 400, "gradeWalkLimits.9");
        assertRefused(coordinator, with(primarySchool(village), "morningBell", "25:99"), 400, "morningBell");
        assertRefused(coordinator, with(primarySchool(village), "location", Map.of("lat", 31.5, "lon", 112.2)), 422, "location");
        long elsewhere = Api.village();
        as(coordinator, PASSWORD).body(primarySchool(elsewhere)).post("/api/v1/schools").then().statusCode(404);
        as(coordinator, PASSWORD).queryParam("villageId", village).get("/api/v1/schools").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theCalendarDecidesWhichDaysAreSchoolDays() {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        String coordinator = setup.coordinator();
        String calendar = "/api/v1/schools/" + setup.schoolId() + "/calendar";
        Map<String, Object> body = Map.of(
                "terms", List.of(Map.of("name", "Autumn 2026", "startsOn", "2026-09-01", "endsOn", "2027-01-20")),
                "holidays", List.of(Map.of("date", "2026-10-01", "note", "National Day")),
                "makeUpDays", List.of(Map.of("date", "2026-10-10", "note", "调休")));
        as(coordinator, PASSWORD).body(body).put(calendar).then().statusCode(200).body("terms[0].name", equalTo("Autumn 2026"));
        as(coordinator, PASSWORD).queryParam("from", "2026-09-28").queryParam("to", "2026-10-11")
                .get("/api/v1/schools/" + setup.schoolId() + "/school-days").then().statusCode(200)
                // Mon 28 – Wed 30 Sep, Fri 2 Oct … Fri 9 Oct, and the make-up Saturday 10 Oct; not the holiday or Sundays
                .body("", equalTo(List.of("2026-09-28", "2026-09-29", "2026-09-30", "2026-10-02", "2026-10-05", "2026-10-06",
                        "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10")));
    }

    @Test
    void aBrokenCalendarIsRefusedAndTheStoredOneKept() {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        String coordinator = setup.coordinator();
        String calendar = "/api/v1/schools/" + setup.schoolId() + "/calendar";
        as(coordinator, PASSWORD).body(Map.of("terms", List.of(Map.of("name", "Spring", "startsOn", "2027-02-20", "endsOn", "2027-07-10"))))
                .put(calendar).then().statusCode(200);
        as(coordinator, PASSWORD).body(Map.of("terms", List.of(Map.of("name", "Broken", "startsOn", "2027-09-01", "endsOn", "2027-08-01"))))
                .put(calendar).then().statusCode(400).body("errors.field", hasItem("terms[0].endsOn"));
        as(coordinator, PASSWORD).body(Map.of("terms", List.of(
                        Map.of("name", "A", "startsOn", "2027-09-01", "endsOn", "2027-12-01"),
                        Map.of("name", "B", "startsOn", "2027-11-01", "endsOn", "2028-01-10"))))
                .put(calendar).then().statusCode(400).body("errors.field", hasItem("terms[1]"));
        as(coordinator, PASSWORD).body(Map.of("terms", List.of(), "makeUpDays", List.of(Map.of("date", "2027-03-03"))))
                .put(calendar).then().statusCode(400).body("detail", containsString("weekday"));
        as(coordinator, PASSWORD).get(calendar).then().statusCode(200)
                .body("terms.name", equalTo(List.of("Spring")))
                .body("terms.name", not(hasItem("Broken")));
    }

    @Test
    void parentsReadSchoolsButCannotChangeThem() {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        String parent = Api.parent();
        as(parent, PASSWORD).get("/api/v1/schools/" + setup.schoolId()).then().statusCode(200).body("nameEn", containsString("Qingshi"));
        as(parent, PASSWORD).body(primarySchool(setup.villageId())).put("/api/v1/schools/" + setup.schoolId()).then().statusCode(403);
        as(parent, PASSWORD).body(primarySchool(setup.villageId())).post("/api/v1/schools").then().statusCode(403);
        String otherCoordinator = Api.coordinator(Api.village());
        as(otherCoordinator, PASSWORD).get("/api/v1/schools/" + setup.schoolId()).then().statusCode(404);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static void assertRefused(String coordinator, Map<String, Object> body, int status, String field) {
        as(coordinator, PASSWORD).body(body).post("/api/v1/schools").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
