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

    /** Signs a parent up; returns the normalised phone number, which is the user name. */
    public static String parent() {
        String phone = uniquePhone();
        given().contentType(ContentType.JSON).body(Map.of("givenName", "明", "familyName", "王", "phone", phone,
                        "password", PASSWORD, "acceptPrivacyNotice", true))
                .post("/api/v1/accounts/parents").then().statusCode(201);
        return "+86" + phone;
    }
}
