package org.schoolshuttle.fleet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.sponsor.Sponsors;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who may see and change which part of the fleet: coordinators their villages, drivers their own record. */
@QuarkusTest
class FleetAccessTest {

    private long villageA;
    private long villageB;
    private String coordinatorA;
    private String coordinatorB;

    @BeforeEach
    void twoVillages() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        villageA = Api.village();
        villageB = Api.village();
        coordinatorA = Api.coordinator(villageA);
        coordinatorB = Api.coordinator(villageB);
    }

    @Test
    void aCoordinatorSeesNothingOfAnotherVillage() {
        long sponsorB = Sponsors.create(coordinatorB, villageB);
        long driverB = Fleet.driver(coordinatorB, villageB);
        long escortB = Fleet.create(coordinatorB, "/api/v1/escorts", Fleet.escortBody(villageB));
        long vehicleB = Fleet.create(coordinatorB, "/api/v1/vehicles", Fleet.vehicleBody(villageB, sponsorB));

        for (String path : List.of("/api/v1/drivers/" + driverB, "/api/v1/drivers/" + driverB + "/fitness",
                "/api/v1/escorts/" + escortB, "/api/v1/escorts/" + escortB + "/fitness",
                "/api/v1/vehicles/" + vehicleB, "/api/v1/vehicles/" + vehicleB + "/fitness")) {
            asA().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        asA().body(Fleet.driverBody(villageB)).put("/api/v1/drivers/" + driverB).then().statusCode(404);
        asA().delete("/api/v1/vehicles/" + vehicleB).then().statusCode(404);
        asA().delete("/api/v1/escorts/" + escortB).then().statusCode(404);
        asA().post("/api/v1/drivers/" + driverB + "/invitation").then().statusCode(404);
        asA().queryParam("villageId", villageB).get("/api/v1/drivers").then().statusCode(404);

        Fleet.driver(coordinatorA, villageA);
        asA().get("/api/v1/drivers").then().statusCode(200)
                .body("items.villageId", everyItem(equalTo((int) villageA)))
                .body("items.id", not(hasItem((int) driverB)));
        Api.asAdmin().get("/api/v1/drivers/" + driverB).then().statusCode(200);
    }

    @Test
    void aCoordinatorCannotCreateInAnotherVillage() {
        long sponsorA = Sponsors.create(coordinatorA, villageA);
        asA().body(Fleet.driverBody(villageB)).post("/api/v1/drivers").then().statusCode(404);
        asA().body(Fleet.escortBody(villageB)).post("/api/v1/escorts").then().statusCode(404);
        asA().body(Fleet.vehicleBody(villageB, sponsorA)).post("/api/v1/vehicles").then().statusCode(404);
        asA().queryParam("villageId", villageB).get("/api/v1/drivers").then().statusCode(404);
        asA().queryParam("villageId", villageB).get("/api/v1/vehicles").then().statusCode(404);
    }

    @Test
    void parentsAndSponsorsHaveNoAccessToTheFleet() {
        long driver = Fleet.driver(coordinatorA, villageA);
        String parent = Api.parent();
        String sponsor = Sponsors.login(coordinatorA, Sponsors.create(coordinatorA, villageA));

        for (String user : List.of(parent, sponsor)) {
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/drivers"));
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/drivers/" + driver));
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/drivers/" + driver + "/fitness"));
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/escorts"));
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/vehicles"));
            assertProblem403(Api.as(user, Api.PASSWORD).body(Fleet.driverBody(villageA)).post("/api/v1/drivers"));
            assertProblem403(Api.as(user, Api.PASSWORD).get("/api/v1/drivers/me"));
        }
    }

    @Test
    void aDriverSeesOnlyTheirOwnRecord() {
        long driver = Fleet.driver(coordinatorA, villageA);
        long colleague = Fleet.driver(coordinatorA, villageA);
        String login = Fleet.driverLogin(coordinatorA, driver);

        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/me").then().statusCode(200).body("id", equalTo((int) driver));
        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/" + driver).then().statusCode(200).body("familyName", equalTo("李"));
        Api.as(login, Api.PASSWORD).queryParam("date", "2026-03-01").get("/api/v1/drivers/" + driver + "/fitness")
                .then().statusCode(200).body("fit", equalTo(true));

        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/" + colleague).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/" + colleague + "/fitness").then().statusCode(404);
        assertProblem403(Api.as(login, Api.PASSWORD).get("/api/v1/drivers"));
        assertProblem403(Api.as(login, Api.PASSWORD).get("/api/v1/vehicles"));
        assertProblem403(Api.as(login, Api.PASSWORD).body(Fleet.driverBody(villageA)).put("/api/v1/drivers/" + driver));
        assertProblem403(Api.as(login, Api.PASSWORD).post("/api/v1/drivers/" + driver + "/invitation"));
    }

    @Test
    void anonymousCallersMustLogIn() {
        RestAssured.given().get("/api/v1/drivers").then().statusCode(401);
        RestAssured.given().get("/api/v1/vehicles/1/fitness").then().statusCode(401);
    }

    private RequestSpecification asA() {
        return Api.as(coordinatorA, Api.PASSWORD);
    }

    private static void assertProblem403(Response response) {
        response.then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }
}
