package org.schoolshuttle.fleet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.fleet.Fleet.assertProblem;

/** From a coordinator's invitation to a driver logged in with their own password. */
@QuarkusTest
class DriverInvitationTest {

    @Inject
    DriverInvitationRepository invitations;

    private long village;
    private String coordinator;
    private long driver;

    @BeforeEach
    void driver() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        village = Api.village();
        coordinator = Api.coordinator(village);
        driver = Fleet.driver(coordinator, village);
    }

    @Test
    void aDriverAcceptsOnceAndThenLogsIn() {
        Response invitation = Api.as(coordinator, Api.PASSWORD).post("/api/v1/drivers/" + driver + "/invitation");
        invitation.then().statusCode(201).body("code", matchesPattern("[A-HJ-NP-Z2-9]{10}"));
        Instant expiresAt = Instant.parse(invitation.jsonPath().getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofHours(71))), "valid for the configured 72 hours");
        String code = invitation.jsonPath().getString("code");
        String username = Api.unique("driver");

        Fleet.accept(code.toLowerCase(), username).then().statusCode(201)
                .body("username", equalTo(username))
                .body("role", equalTo("DRIVER"))
                .body("displayName", equalTo("李建国"))
                .body("driverId", equalTo((int) driver));

        Api.as(username, Api.PASSWORD).get("/api/v1/drivers/me").then().statusCode(200).body("id", equalTo((int) driver));
        assertProblem(Fleet.accept(code, Api.unique("driver")), 410, "code");
    }

    @Test
    void unknownAndExpiredCodesAreRefused() {
        assertProblem(Fleet.accept("ABCDEFGHJK", Api.unique("driver")), 410, "code");

        String code = Fleet.invite(coordinator, driver);
        QuarkusTransaction.requiringNew().run(() -> invitations.find("codeHash", InvitationCode.hash(code)).firstResult()
                .expiresAt = Instant.now().minusSeconds(1));
        assertProblem(Fleet.accept(code, Api.unique("driver")), 410, "code");
    }

    @Test
    void aNewInvitationWithdrawsTheOlderOne() {
        String older = Fleet.invite(coordinator, driver);
        String newer = Fleet.invite(coordinator, driver);

        assertProblem(Fleet.accept(older, Api.unique("driver")), 410, "code");
        Fleet.accept(newer, Api.unique("driver")).then().statusCode(201);
    }

    @Test
    void aDriverWithALoginIsNotInvitedAgain() {
        Fleet.driverLogin(coordinator, driver);

        assertProblem(Api.as(coordinator, Api.PASSWORD).post("/api/v1/drivers/" + driver + "/invitation"), 409, "driverId");
    }

    @Test
    void aFailedAcceptLeavesTheCodeUsable() {
        String code = Fleet.invite(coordinator, driver);
        String taken = Fleet.driverLogin(coordinator, Fleet.driver(coordinator, village));

        assertProblem(Fleet.accept(code, taken), 409, "username");
        assertProblem(given().contentType("application/json")
                .body(Map.of("code", code, "username", Api.unique("driver"), "password", "short-pw"))
                .post("/api/v1/invitations/accept"), 400, "password");
        assertProblem(given().contentType("application/json").body(Map.of("code", code))
                .post("/api/v1/invitations/accept"), 400, "username");

        Fleet.accept(code, Api.unique("driver")).then().statusCode(201);
    }

    @Test
    void deletingADriverEndsTheirLogin() {
        String login = Fleet.driverLogin(coordinator, driver);
        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/me").then().statusCode(200);

        Api.as(coordinator, Api.PASSWORD).delete("/api/v1/drivers/" + driver).then().statusCode(204);

        Api.as(login, Api.PASSWORD).get("/api/v1/drivers/me").then().statusCode(401);
    }
}
