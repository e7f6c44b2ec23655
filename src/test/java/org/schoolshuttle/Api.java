package org.schoolshuttle;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Signed-in requests and the accounts and villages tests set up for themselves through the API. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "shuttle-test-secret-1";
    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Api() {
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    /** A name no other test in this run uses. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A Chinese mobile number no other test in this run uses. */
    public static String uniquePhone() {
        return "139" + String.format("%08d", SEQUENCE.incrementAndGet());
    }

    /** Creates a village on the demo map as the administrator; returns its id. */
    public static long village() {
        return asAdmin().body(Map.of("nameZh", unique("村"), "nameEn", unique("Village "),
                        "centre", Map.of("lat", 30.30, "lon", 112.20)))
                .post("/api/v1/villages").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a coordinator of the given villages; returns the user name (password {@link #PASSWORD}). */
    public static String coordinator(Long... villageIds) {
        String username = unique("coord");
        asAdmin().body(Map.of("username", username, "displayName", "Coordinator " + username,
                        "password", PASSWORD, "villageIds", List.of(villageIds)))
                .post("/api/v1/accounts/coordinators").then().statusCode(201);
        return username;
    }

    /** The demo primary school's gate, 20 m off 学府街, as a new school of the village. */
    public static Map<String, Object> primarySchool(long villageId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("villageId", villageId);
        body.put("nameZh", "青石镇中心小学");
        body.put("nameEn", "Qingshi Central Primary School");
        body.put("location", Map.of("lat", 30.30125, "lon", 112.19625));
        body.put("morningBell", "08:00");
        body.put("afternoonDismissal", "16:30");
        body.put("lowestGrade", 1);
        body.put("highestGrade", 6);
        body.put("gradeWalkLimits", Map.of("1", 400, "2", 400));
        return body;
    }

    /** A new village, its coordinator, and the primary school they created. */
    public record SchoolSetup(long schoolId, long villageId, String coordinator) {
    }

    public static SchoolSetup schoolWithCoordinator() {
        long village = village();
        String coordinator = coordinator(village);
        long school = as(coordinator, PASSWORD).body(primarySchool(village)).post("/api/v1/schools")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new SchoolSetup(school, village, coordinator);
    }

    /** Signs a parent up; returns the normalised phone number, which is the user name. */
    public static String parent() {
        String phone = uniquePhone();
        given().contentType(ContentType.JSON).body(Map.of("givenName", "明", "familyName", "王", "phone", phone,
                        "password", PASSWORD, "acceptPrivacyNotice", true))
                .post("/api/v1/accounts/parents").then().statusCode(201);
        return "+86" + phone;
    }
}
