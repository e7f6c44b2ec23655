package org.schoolshuttle.fleet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.sponsor.Sponsors;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.schoolshuttle.fleet.Fleet.assertProblem;

@QuarkusTest
class VehicleResourceTest {

    private long village;
    private String coordinator;
    private long sponsor;

    @BeforeEach
    void village() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        village = Api.village();
        coordinator = Api.coordinator(village);
        sponsor = Sponsors.create(coordinator, village);
    }

    @Test
    void createReadUpdateDelete() {
        Map<String, Object> body = Fleet.vehicleBody(village, sponsor);
        String plate = ((String) body.get("plate")).replace("·", "");
        body.remove("boosterSeats");
        Response created = call().body(body).post("/api/v1/vehicles");
        created.then().statusCode(201).header("Location", containsString("/api/v1/vehicles/"))
                .body("plate", equalTo(plate))
                .body("childSeats", equalTo(14))
                .body("boosterSeats", equalTo(0))
                .body("ownerSponsorId", equalTo((int) sponsor))
                .body("ownerDriverId", equalTo(null));
        long id = created.jsonPath().getLong("id");

        long driver = Fleet.driver(coordinator, village);
        body.remove("ownerSponsorId");
        body.put("ownerDriverId", driver);
        body.put("kind", "CAR");
        body.put("childSeats", 3);
        call().body(body).put("/api/v1/vehicles/" + id).then().statusCode(200)
                .body("kind", equalTo("CAR")).body("childSeats", equalTo(3))
                .body("ownerSponsorId", equalTo(null)).body("ownerDriverId", equalTo((int) driver));
        call().get("/api/v1/vehicles/" + id).then().statusCode(200).body("plate", equalTo(plate));
        call().queryParam("kind", "CAR").get("/api/v1/vehicles").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        call().queryParam("kind", "MINIBUS").get("/api/v1/vehicles").then().statusCode(200).body("total", equalTo(0));

        call().delete("/api/v1/vehicles/" + id).then().statusCode(204);
        call().get("/api/v1/vehicles/" + id).then().statusCode(404);
    }

    @Test
    void invalidVehiclesAreRefusedNamingTheField() {
        org.schoolshuttle.RoadNetworkReady.await();
        assertInvalid(400, "childSeats", body -> body.put("childSeats", 0));
        assertInvalid(400, "childSeats", body -> body.remove("childSeats"));
        assertInvalid(400, "wheelchairPlaces", body -> body.put("wheelchairPlaces", -1));
        assertInvalid(400, "kind", body -> body.put("kind", "TRACTOR"));
        assertInvalid(400, "inspectionExpiry", body -> body.remove("inspectionExpiry"));
        assertInvalid(400, "insuranceExpiry", body -> body.remove("insuranceExpiry"));
        assertInvalid(400, "plate", body -> body.put("plate", "·-·"));
        assertInvalid(422, "ownerDriverId", body -> body.put("ownerDriverId", Fleet.driver(coordinator, village)));
        assertInvalid(422, "ownerSponsorId", body -> body.remove("ownerSponsorId"));
        assertInvalid(400, "base.lat", body -> body.put("base", Map.of("lat", 91, "lon", 112.2)));
        assertInvalid(400, "base.lon", body -> body.put("base", Map.of("lat", 30.3)));
        // A depot far off the map: no road to leave it by.
        assertInvalid(422, "base", body -> body.put("base", Map.of("lat", 31.5, "lon", 114.0)));
        long otherVillage = Api.village();
        String otherCoordinator = Api.coordinator(otherVillage);
        long foreignSponsor = Sponsors.create(otherCoordinator, otherVillage);
        long foreignDriver = Fleet.driver(otherCoordinator, otherVillage);
        assertInvalid(422, "ownerSponsorId", body -> body.put("ownerSponsorId", foreignSponsor));
        assertInvalid(422, "ownerDriverId", body -> {
            body.remove("ownerSponsorId");
            body.put("ownerDriverId", foreignDriver);
        });
    }

    @Test
    void aVehicleKeptAtADepotHasItsBaseOnTheRoad() {
        org.schoolshuttle.RoadNetworkReady.await();
        Map<String, Object> body = Fleet.vehicleBody(village, sponsor);
        body.put("base", Map.of("lat", 30.30020, "lon", 112.19850));
        long id = Fleet.create(coordinator, "/api/v1/vehicles", body);
        var view = Api.as(coordinator, Api.PASSWORD).get("/api/v1/vehicles/" + id).then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(30.3002, view.getDouble("base.lat"), 0.001);
        org.junit.jupiter.api.Assertions.assertEquals(112.1985, view.getDouble("base.lon"), 0.001);
        body.remove("base");
        Api.as(coordinator, Api.PASSWORD).body(body).put("/api/v1/vehicles/" + id).then().statusCode(200)
                .body("base", nullValue());
    }

    @Test
    void aPlateIsRegisteredOnceHoweverItIsWritten() {
        Map<String, Object> body = Fleet.vehicleBody(village, sponsor);
        long first = Fleet.create(coordinator, "/api/v1/vehicles", body);
        String plate = (String) body.get("plate");

        Map<String, Object> again = Fleet.vehicleBody(village, sponsor);
        again.put("plate", plate.replace("·", " ").toLowerCase());
        assertProblem(call().body(again).post("/api/v1/vehicles"), 409, "plate");

        long second = Fleet.create(coordinator, "/api/v1/vehicles", Fleet.vehicleBody(village, sponsor));
        assertProblem(call().body(again).put("/api/v1/vehicles/" + second), 409, "plate");
        call().body(body).put("/api/v1/vehicles/" + first).then().statusCode(200);
    }

    @Test
    void fitnessNeedsInspectionAndInsuranceValidThatDay() {
        long id = Fleet.create(coordinator, "/api/v1/vehicles", Fleet.vehicleBody(village, sponsor));

        call().queryParam("date", "2027-01-15").get("/api/v1/vehicles/" + id + "/fitness").then().statusCode(200)
                .body("fit", equalTo(true)).body("reasons", empty());
        call().queryParam("date", "2027-01-16").get("/api/v1/vehicles/" + id + "/fitness").then().statusCode(200)
                .body("fit", equalTo(false)).body("reasons", contains("insurance expired on 2027-01-15"));
        call().queryParam("date", "2027-06-01").get("/api/v1/vehicles/" + id + "/fitness").then().statusCode(200)
                .body("reasons", contains("inspection expired on 2027-05-31", "insurance expired on 2027-01-15"));
        call().get("/api/v1/vehicles/" + id + "/fitness").then().statusCode(200).body("date", notNullValue());
        assertProblem(call().queryParam("date", "2027-02-29").get("/api/v1/vehicles/" + id + "/fitness"), 400, "date");
    }

    @Test
    void aSponsorThatOwnsAVehicleCannotBeDeleted() {
        long id = Fleet.create(coordinator, "/api/v1/vehicles", Fleet.vehicleBody(village, sponsor));

        call().delete("/api/v1/sponsors/" + sponsor).then().statusCode(409)
                .body("detail", containsString("1 vehicle"));

        call().delete("/api/v1/vehicles/" + id).then().statusCode(204);
        call().delete("/api/v1/sponsors/" + sponsor).then().statusCode(204);
    }

    private void assertInvalid(int status, String field, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Fleet.vehicleBody(village, sponsor);
        change.accept(body);
        assertProblem(call().body(body).post("/api/v1/vehicles"), status, field);
    }

    private RequestSpecification call() {
        return Api.as(coordinator, Api.PASSWORD);
    }
}
