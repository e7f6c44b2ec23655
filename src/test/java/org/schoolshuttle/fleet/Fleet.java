package org.schoolshuttle.fleet;

import io.restassured.response.Response;
import org.schoolshuttle.Api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Drivers, escorts and vehicles that the fleet tests set up through the API, and the problem checks they share. */
public final class Fleet {

    private Fleet() {
    }

    /** A volunteer driver, fit from 2025-02-01 until 2027-02-01 (when the training expires). */
    public static Map<String, Object> driverBody(long villageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageId", villageId);
        body.put("givenName", "建国");
        body.put("familyName", "李");
        body.put("phone", Api.uniquePhone());
        body.put("kind", "VOLUNTEER");
        body.put("licenceClass", "c1");
        body.put("licenceExpiry", "2030-06-30");
        body.put("backgroundCheckOn", "2025-01-10");
        body.put("backgroundCheckExpiry", "2028-01-10");
        body.put("trainingOn", "2025-02-01");
        body.put("home", Map.of("lat", 30.31, "lon", 112.21));
        body.put("availability", List.of(Map.of("dayOfWeek", "TUESDAY", "partOfDay", "AFTERNOON"),
                Map.of("dayOfWeek", "MONDAY", "partOfDay", "MORNING")));
        return body;
    }

    public static Map<String, Object> escortBody(long villageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageId", villageId);
        body.put("givenName", "秀英");
        body.put("familyName", "王");
        body.put("phone", Api.uniquePhone());
        body.put("backgroundCheckOn", "2025-01-10");
        body.put("backgroundCheckExpiry", "2028-01-10");
        body.put("trainingOn", "2025-02-01");
        return body;
    }

    public static Map<String, Object> vehicleBody(long villageId, long ownerSponsorId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageId", villageId);
        body.put("plate", Api.unique("鄂A·"));
        body.put("kind", "MINIBUS");
        body.put("childSeats", 14);
        body.put("wheelchairPlaces", 1);
        body.put("boosterSeats", 4);
        body.put("inspectionExpiry", "2027-05-31");
        body.put("insuranceExpiry", "2027-01-15");
        body.put("ownerSponsorId", ownerSponsorId);
        return body;
    }

    public static long create(String coordinator, String path, Map<String, Object> body) {
        return Api.as(coordinator, Api.PASSWORD).body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long driver(String coordinator, long villageId) {
        return create(coordinator, "/api/v1/drivers", driverBody(villageId));
    }

    public static String invite(String coordinator, long driverId) {
        return Api.as(coordinator, Api.PASSWORD).post("/api/v1/drivers/" + driverId + "/invitation")
                .then().statusCode(201).extract().jsonPath().getString("code");
    }

    public static Response accept(String code, String username) {
        return given().contentType("application/json")
                .body(Map.of("code", code, "username", username, "password", Api.PASSWORD))
                .post("/api/v1/invitations/accept");
    }

    /** Invites the driver and accepts the invitation; returns the new login's user name (password {@link Api#PASSWORD}). */
    public static String driverLogin(String coordinator, long driverId) {
        String username = Api.unique("driver");
        accept(invite(coordinator, driverId), username).then().statusCode(201);
        return username;
    }

    /** A problem+json answer with the status, naming the field among its errors. */
    public static void assertProblem(Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }
}
