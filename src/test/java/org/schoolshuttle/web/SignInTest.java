package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web sign-in with a session cookie, CSRF-protected forms, and an API that ignores the cookie. */
@QuarkusTest
class SignInTest {

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Cookie signIn(String username, String password) {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        response.then().statusCode(302).header("Location", endsWith("/app"));
        Cookie session = response.getDetailedCookie("shuttle-session");
        assertNotNull(session, "a session cookie is set");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertTrue(String.valueOf(session.getSameSite()).equalsIgnoreCase("strict"), "the session cookie is SameSite=Strict");
        return session;
    }

    @Test
    void pagesAskAnonymousVisitorsToSignIn() {
        given().redirects().follow(false).get("/app").then().statusCode(302).header("Location", containsString("/login"));
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("j_security_check"));
    }

    @Test
    void aParentSignsInAndLandsOnTheirFamilyPage() {
        String parent = Api.parent();
        Cookie session = signIn(parent, Api.PASSWORD);
        given().cookie(session).get("/app").then().statusCode(200)
                .body(containsString("/app/family/children/new")).body(containsString("/app/family/export"));
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAMessage() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", Api.parent()).formParam("j_password", "not-the-right-one")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error"));
        given().header("Accept-Language", "en").get("/login?error=1").then().statusCode(200)
                .body(containsString("Wrong user name or password"));
        given().header("Accept-Language", "zh-CN").get("/login?error=1").then().statusCode(200)
                .body(containsString("用户名或密码错误"));
    }

    @Test
    void theApiDoesNotAcceptTheSessionCookie() {
        Cookie session = signIn(Api.parent(), Api.PASSWORD);
        given().cookie(session).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void signingOutNeedsTheFormsCsrfToken() {
        Cookie session = signIn(Api.parent(), Api.PASSWORD);
        Response page = given().cookie(session).get("/app");
        Cookie csrf = page.getDetailedCookie("shuttle-csrf");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the form carries a CSRF token");

        given().redirects().follow(false).cookie(session).cookie(csrf).contentType("application/x-www-form-urlencoded")
                .post("/app/logout").then().statusCode(400);
        given().redirects().follow(false).cookie(session).cookie(csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged-" + token.group(1)).post("/app/logout").then().statusCode(400);
        Cookie cleared = given().redirects().follow(false).cookie(session).cookie(csrf)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1)).post("/app/logout")
                .then().statusCode(303).header("Location", endsWith("/login"))
                .extract().detailedCookie("shuttle-session");
        org.junit.jupiter.api.Assertions.assertEquals(0, cleared.getMaxAge(), "signing out expires the session cookie");
    }
}
