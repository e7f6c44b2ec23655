package org.schoolshuttle.run;

import io.restassured.path.json.JsonPath;
import org.schoolshuttle.Api;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * A school with a published plan on the demo map, a driver with a login on its routes, and a calendar in which
 * today and tomorrow (in the village, Asia/Shanghai) are school days, set up through the API.
 */
public final class Runs {

    public static final ZoneId VILLAGE_ZONE = ZoneId.of("Asia/Shanghai");

    private Runs() {
    }

    public static LocalDate today() {
        return LocalDate.now(VILLAGE_ZONE);
    }

    /**
     * @param routes the published routes: the morning one first, then the afternoon one
     */
    public record Setup(Api.SchoolSetup school, String coordinator, long sponsor, long vehicle, long driverId, String driver,
                 String parent, List<Long> children, List<Long> routes) {

        public long schoolId() {
            return school.schoolId();
        }

        public long villageId() {
            return school.villageId();
        }
    }

    /** A published plan of one vehicle for {@code count} children of one family; the routes have no driver yet. */
    public static Setup publishedPlan(RoutingService routing, int count, Map<String, Object> childExtras) {
        Api.SchoolSetup school = Api.schoolWithCoordinator();
        String coordinator = school.coordinator();
        schoolDays(coordinator, school.schoolId(), today(), today().plusDays(1));
        long sponsor = Plans.sponsor(coordinator, school.villageId());
        long vehicle = Plans.vehicle(coordinator, school.villageId(), sponsor, 14);
        long driverId = Fleet.driver(coordinator, school.villageId());
        String driver = Fleet.driverLogin(coordinator, driverId);
        String parent = Api.parent();
        List<Long> kids = new ArrayList<>();
        for (GeocodedPlace home : Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, count)) {
            Map<String, Object> body = Plans.child(school.schoolId(), home);
            body.putAll(childExtras);
            kids.add(as(parent, PASSWORD).body(body).post("/api/v1/children").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        JsonPath draft = Plans.draft(coordinator, school.schoolId());
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);
        List<Long> routes = draft.getList("routes.id", Long.class);
        return new Setup(school, coordinator, sponsor, vehicle, driverId, driver, parent, kids, routes);
    }

    /** A term around the days, with each weekend day among them made a school day. */
    public static void schoolDays(String coordinator, long schoolId, LocalDate... days) {
        List<Map<String, Object>> makeUp = new ArrayList<>();
        for (LocalDate d : days) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                makeUp.add(Map.of("date", d.toString()));
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("terms", List.of(Map.of("name", "Term", "startsOn", days[0].minusDays(30).toString(),
                "endsOn", days[days.length - 1].plusDays(60).toString())));
        body.put("makeUpDays", makeUp);
        as(coordinator, PASSWORD).body(body).put("/api/v1/schools/" + schoolId + "/calendar").then().statusCode(200);
    }

    /** Names the driver (and escort) of a route. */
    public static void crew(Setup s, long routeId, Long driverId, Long escortId) {
        Map<String, Object> body = new HashMap<>();
        body.put("driverId", driverId);
        body.put("escortId", escortId);
        body.put("fundingModel", "SOCIAL_ORGANISATION");
        body.put("sponsorIds", List.of(s.sponsor()));
        as(s.coordinator(), PASSWORD).body(body).put("/api/v1/routes/" + routeId).then().statusCode(200);
    }

    public static JsonPath generate(Setup s, LocalDate day) {
        return as(s.coordinator(), PASSWORD).body(Map.of("date", day.toString()))
                .post("/api/v1/schools/" + s.schoolId() + "/runs").then().statusCode(200).extract().jsonPath();
    }

    /** The id of the school's run in a direction on a day. */
    public static long runId(Setup s, LocalDate day, String direction) {
        JsonPath runs = as(s.coordinator(), PASSWORD).queryParam("schoolId", s.schoolId()).queryParam("date", day.toString())
                .get("/api/v1/runs").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = runs.getList("items");
        return items.stream().filter(r -> direction.equals(r.get("direction")))
                .map(r -> ((Number) r.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + direction + " run on " + day + ": " + runs.prettify()));
    }

    /** The driver starts today's run, every child boards and gets off, and the run is completed. */
    public static long completeRun(Setup s, String direction) {
        long run = runId(s, today(), direction);
        String path = "/api/v1/runs/" + run;
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/start").then().statusCode(200);
        List<Map<String, Object>> on = new ArrayList<>();
        List<Map<String, Object>> off = new ArrayList<>();
        for (long child : s.children()) {
            on.add(event("CHECKED_ON", child));
            off.add(event("CHECKED_OFF", child));
        }
        as(s.driver(), PASSWORD).body(batch(on)).post(path + "/events").then().statusCode(200);
        as(s.driver(), PASSWORD).body(batch(off)).post(path + "/events").then().statusCode(200);
        as(s.driver(), PASSWORD).body(Map.of()).post(path + "/complete").then().statusCode(200);
        return run;
    }

    public static Map<String, Object> event(String type, long childId) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", UUID.randomUUID().toString());
        e.put("type", type);
        e.put("childId", childId);
        e.put("at", Instant.now().toString());
        return e;
    }

    public static Map<String, Object> batch(List<Map<String, Object>> events) {
        return Map.of("events", events);
    }
}
