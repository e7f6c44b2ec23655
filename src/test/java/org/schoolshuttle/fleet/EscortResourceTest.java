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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.schoolshuttle.fleet.Fleet.assertProblem;

@QuarkusTest
class EscortResourceTest {

    private long village;
    private String coordinator;

    @BeforeEach
    void village() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        village = Api.village();
        coordinator = Api.coordinator(village);
    }

    @Test
    void createReadUpdateDelete() {
        Response created = call().body(Fleet.escortBody(village)).post("/api/v1/escorts");
        created.then().statusCode(201).header("Location", containsString("/api/v1/escorts/"))
                .body("familyName", equalTo("王")).body("employerSponsorId", equalTo(null));
        long id = created.jsonPath().getLong("id");

        long sponsor = Sponsors.create(coordinator, village);
        Map<String, Object> body = Fleet.escortBody(village);
        body.put("employerSponsorId", sponsor);
        body.put("trainingOn", "2025-06-01");
        call().body(body).put("/api/v1/escorts/" + id).then().statusCode(200)
                .body("employerSponsorId", equalTo((int) sponsor)).body("trainingOn", equalTo("2025-06-01"));
        call().get("/api/v1/escorts/" + id).then().statusCode(200).body("trainingOn", equalTo("2025-06-01"));
        call().queryParam("villageId", village).get("/api/v1/escorts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));

        call().delete("/api/v1/escorts/" + id).then().statusCode(204);
        call().get("/api/v1/escorts/" + id).then().statusCode(404);
    }

    @Test
    void invalidEscortsAreRefusedNamingTheField() {
        assertInvalid(400, "phone", body -> body.put("phone", "0000"));
        assertInvalid(400, "phone", body -> body.remove("phone"));
        assertInvalid(400, "familyName", body -> body.remove("familyName"));
        assertInvalid(400, "backgroundCheckExpiry", body -> body.put("backgroundCheckExpiry", "2024-12-31"));
        assertInvalid(400, "trainingOn", body -> body.put("trainingOn", "01.02.2025"));
        assertInvalid(400, "licenceClass", body -> body.put("licenceClass", "C1"));
        long otherVillage = Api.village();
        long foreignSponsor = Sponsors.create(Api.coordinator(otherVillage), otherVillage);
        assertInvalid(422, "employerSponsorId", body -> body.put("employerSponsorId", foreignSponsor));
    }

    @Test
    void fitnessNeedsABackgroundCheckAndRecentTraining() {
        Map<String, Object> body = Fleet.escortBody(village);
        body.remove("backgroundCheckOn");
        body.remove("backgroundCheckExpiry");
        body.put("trainingOn", "2023-09-01");
        long id = Fleet.create(coordinator, "/api/v1/escorts", body);

        call().queryParam("date", "2025-09-01").get("/api/v1/escorts/" + id + "/fitness").then().statusCode(200)
                .body("fit", equalTo(false)).body("reasons", contains("background check missing"));
        call().queryParam("date", "2025-09-02").get("/api/v1/escorts/" + id + "/fitness").then().statusCode(200)
                .body("reasons", contains("background check missing",
                        "child-safety training older than 2 years (trained on 2023-09-01, valid until 2025-09-01)"));

        long fit = Fleet.create(coordinator, "/api/v1/escorts", Fleet.escortBody(village));
        call().queryParam("date", "2028-01-10").get("/api/v1/escorts/" + fit + "/fitness").then().statusCode(200)
                .body("fit", equalTo(false)).body("reasons", contains(
                        "child-safety training older than 2 years (trained on 2025-02-01, valid until 2027-02-01)"));
        call().queryParam("date", "2026-01-10").get("/api/v1/escorts/" + fit + "/fitness").then().statusCode(200)
                .body("fit", equalTo(true)).body("reasons", empty());
        assertProblem(call().queryParam("date", "2026-1-10").get("/api/v1/escorts/" + fit + "/fitness"), 400, "date");
    }

    private void assertInvalid(int status, String field, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Fleet.escortBody(village);
        change.accept(body);
        assertProblem(call().body(body).post("/api/v1/escorts"), status, field);
    }

    private RequestSpecification call() {
        return Api.as(coordinator, Api.PASSWORD);
    }
}
