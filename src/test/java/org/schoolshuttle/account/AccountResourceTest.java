package org.schoolshuttle.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;
import static org.schoolshuttle.Api.asAdmin;

/** Sign-up, log-in with lockout, and accounts created by the administrator. */
@QuarkusTest
class AccountResourceTest {

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> signup(String phone, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "小红");
        body.put("familyName", "李");
        body.put("phone", phone);
        body.put("password", password);
        body.put("acceptPrivacyNotice", true);
        return body;
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/accounts/parents");
    }

    @Test
    void aParentSignsUpWithTheirMobileAndLogsIn() {
        String phone = Api.uniquePhone();
        post(signup(phone.substring(0, 3) + " " + phone.substring(3, 7) + "-" + phone.substring(7), PASSWORD))
                .then().statusCode(201)
                .body("username", equalTo("+86" + phone))
                .body("role", equalTo("PARENT"))
                .body("guardianId", org.hamcrest.Matchers.notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        as("+86" + phone, PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("PARENT")).body("displayName", equalTo("小红 李"));
        as("+86" + phone, PASSWORD).get("/api/v1/family").then().statusCode(200)
                .body("consentVersion", equalTo("2026-11")).body("consentAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void signUpRefusesBadInputAndSavesNothing() {
        String phone = Api.uniquePhone();
        assertRefused(signup("12345", PASSWORD), 400, "phone", "not a possible phone number");
        assertRefused(signup("+86 1234", PASSWORD), 400, "phone", "not a possible");
        assertRefused(signup(phone, "short"), 400, "password", "at least 10");
        assertRefused(signup(phone, "password123"), 400, "password", "too common");
        assertRefused(signup(phone, "abcdefghijkl"), 400, "password", "too common");
        assertRefused(signup(phone, "xx" + phone + "yy"), 400, "password", "user name");
        Map<String, Object> noConsent = signup(phone, PASSWORD);
        noConsent.put("acceptPrivacyNotice", false);
        assertRefused(noConsent, 400, "acceptPrivacyNotice", "privacy notice");
        Map<String, Object> extra = signup(phone, PASSWORD);
        extra.put("role", "ADMIN");
        assertRefused(extra, 400, "role", "not a known field");
        Map<String, Object> noName = signup(phone, PASSWORD);
        noName.remove("givenName");
        assertRefused(noName, 400, "givenName", "required");
        // none of the refused attempts created the account
        as("+86" + phone, PASSWORD).get("/api/v1/me").then().statusCode(401);
        post(signup(phone, PASSWORD)).then().statusCode(201);
        assertRefused(signup(phone, PASSWORD), 409, "username", "already taken");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        String username = Api.parent();
        for (int i = 0; i < 5; i++) {
            as(username, "not-the-password-" + i).get("/api/v1/me").then().statusCode(401)
                    .body("detail", equalTo("Wrong user name or password."));
        }
        as(username, PASSWORD).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("locked until"));
    }

    @Test
    void aPasswordJustCheckedStillCannotOpenALockedAccount() {
        String username = Api.parent();
        // Recognised from the last few minutes without bcrypt again; the lock is checked first all the same.
        as(username, PASSWORD).get("/api/v1/me").then().statusCode(200);
        as(username, PASSWORD).get("/api/v1/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            as(username, "not-the-password-" + i).get("/api/v1/me").then().statusCode(401);
        }
        as(username, PASSWORD).get("/api/v1/me").then().statusCode(401).body("detail", containsString("locked until"));
    }

    @Test
    void anonymousCallersAndWrongUsersAreChallenged() {
        given().get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        as("nobody-with-this-name", PASSWORD).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void onlyTheAdministratorCreatesCoordinators() {
        long village = Api.village();
        String coordinator = Api.coordinator(village);
        as(coordinator, PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("COORDINATOR")).body("villageIds", equalTo(List.of((int) village)));
        Map<String, Object> another = Map.of("username", Api.unique("coord"), "displayName", "X", "password", PASSWORD,
                "villageIds", List.of(village));
        as(coordinator, PASSWORD).body(another).post("/api/v1/accounts/coordinators").then().statusCode(403)
                .contentType("application/problem+json");
        as(Api.parent(), PASSWORD).body(another).post("/api/v1/accounts/coordinators").then().statusCode(403);
        asAdmin().body(Map.of("username", Api.unique("coord"), "displayName", "X", "password", PASSWORD,
                        "villageIds", List.of(999_999)))
                .post("/api/v1/accounts/coordinators").then().statusCode(422).body("errors.field", hasItem("villageIds"));
        asAdmin().body(Map.of("username", "a b", "displayName", "X", "password", PASSWORD, "villageIds", List.of(village)))
                .post("/api/v1/accounts/coordinators").then().statusCode(400).body("errors.field", hasItem("username"));
    }

    @Test
    void theAuditLogRecordsAccountsWithoutPasswords() {
        long village = Api.village();
        String coordinator = Api.coordinator(village);
        as(coordinator, PASSWORD).get("/api/v1/audit?entityType=account").then().statusCode(200)
                .body("items.changes.username", hasItem(coordinator))
                .body(not(containsString(PASSWORD)))
                .body(not(containsString("$2a$")));
        as(Api.parent(), PASSWORD).get("/api/v1/audit").then().statusCode(403);
        asAdmin().delete("/api/v1/audit").then().statusCode(405);
    }

    private static void assertRefused(Map<String, Object> body, int status, String field, String reason) {
        post(body).then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(reason))
                .body("errors[0].reason", not(nullValue()));
    }
}
