package org.schoolshuttle.route;

import org.schoolshuttle.common.GeoPoint;

import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.schoolshuttle.Api;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** A school with vehicles and children on the demo map, and its plans, set up through the API. */
public final class Plans {

    /** Liuhe Village, 3.3 km north of the primary school: its children need the shuttle. */
    public static final double LIUHE_LAT = 30.329678;
    public static final double LIUHE_LON = 112.187501;

    private Plans() {
    }

    /** Real addresses of the demo map nearest to a point, nearest first. */
    public static List<GeocodedPlace> addressesNear(RoutingService routing, double lat, double lon, int count) {
        return routing.addresses(Locale.ENGLISH).stream()
                .sorted(Comparator.comparingDouble(p -> Math.hypot(p.lat() - lat, (p.lon() - lon) * 0.86)))
                .limit(count).toList();
    }

    /** The demo town's middle school, by its gate on 文化路. */
    public static long middleSchool(long villageId, String coordinator, String bell, String dismissal) {
        Map<String, Object> body = new HashMap<>(Api.primarySchool(villageId));
        body.put("nameZh", Api.unique("青石镇中学"));
        body.put("nameEn", Api.unique("Qingshi Middle School "));
        body.put("location", Map.of("lat", 30.302788, "lon", 112.201562));
        body.put("morningBell", bell);
        body.put("afternoonDismissal", dismissal);
        body.put("lowestGrade", 7);
        body.put("highestGrade", 9);
        body.remove("gradeWalkLimits");
        return as(coordinator, PASSWORD).body(body).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long sponsor(String coordinator, long villageId) {
        return as(coordinator, PASSWORD).body(Map.of("villageId", villageId, "kind", "COMPANY",
                        "name", Api.unique("爱心企业 ")))
                .post("/api/v1/sponsors").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long vehicle(String coordinator, long villageId, long sponsorId, int seats) {
        return vehicle(coordinator, vehicleBody(villageId, sponsorId, seats));
    }

    public static long vehicle(String coordinator, Map<String, Object> body) {
        return as(coordinator, PASSWORD).body(body).post("/api/v1/vehicles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> vehicleBody(long villageId, long sponsorId, int seats) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", villageId);
        body.put("plate", Api.unique("鄂B·"));
        body.put("kind", "MINIBUS");
        body.put("childSeats", seats);
        body.put("wheelchairPlaces", 0);
        body.put("boosterSeats", 0);
        body.put("inspectionExpiry", LocalDate.now().plusYears(1).toString());
        body.put("insuranceExpiry", LocalDate.now().plusYears(1).toString());
        body.put("ownerSponsorId", sponsorId);
        return body;
    }

    public static Map<String, Object> child(long schoolId, GeocodedPlace home) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", Api.unique("小"));
        body.put("familyName", "李");
        body.put("birthDate", LocalDate.now().minusYears(9).toString());
        body.put("grade", 3);
        body.put("schoolId", schoolId);
        if (home != null) {
            body.put("homePin", Map.of("lat", home.lat(), "lon", home.lon()));
        }
        return body;
    }

    /** A parent registers a child whose home is the pin {@code home}; returns the child's id. */
    public static long register(String parent, long schoolId, GeoPoint home) {
        Map<String, Object> body = child(schoolId, null);
        body.put("homePin", Map.of("lat", home.lat(), "lon", home.lon()));
        return as(parent, PASSWORD).body(body).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A parent registers a child living at {@code home}; returns the child's id. */
    public static long register(String parent, long schoolId, GeocodedPlace home) {
        return as(parent, PASSWORD).body(child(schoolId, home)).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Starts a draft with one second of search and waits until it is computed; returns it. */
    public static JsonPath draft(String coordinator, long schoolId) {
        long id = as(coordinator, PASSWORD).body(Map.of("solverSeconds", 1)).post("/api/v1/schools/" + schoolId + "/plans")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        return computed(coordinator, id);
    }

    public static JsonPath computed(String coordinator, long planId) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> !"RUNNING".equals(plan(coordinator, planId).getString("status")));
        return plan(coordinator, planId);
    }

    public static JsonPath plan(String coordinator, long planId) {
        return as(coordinator, PASSWORD).get("/api/v1/plans/" + planId).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath assignment(String who, long childId) {
        return as(who, PASSWORD).get("/api/v1/children/" + childId + "/assignment").then().statusCode(200)
                .extract().jsonPath();
    }
}
