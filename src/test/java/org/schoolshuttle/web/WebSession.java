package org.schoolshuttle.web;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser's session without the browser: the session cookie, and the CSRF token a page's forms carry. */
final class WebSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Cookie session;
    private Cookie csrf;
    private String token;

    private WebSession(Cookie session) {
        this.session = session;
    }

    /** A visitor who has not signed in (sign-up, the sign-in page). */
    static WebSession anonymous() {
        return new WebSession(null);
    }

    static WebSession signIn(String username, String password) {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
        assertEquals(302, response.statusCode(), "signed in");
        return new WebSession(response.getDetailedCookie("shuttle-session"));
    }

    /** A page as an English browser asks for it; remembers the CSRF token of its forms. */
    Response page(String path) {
        Response r = request().accept("text/html").header("Accept-Language", "en").get(path);
        Matcher m = TOKEN.matcher(r.asString());
        if (m.find()) {
            token = m.group(1);
            Cookie c = r.getDetailedCookie("shuttle-csrf");
            if (c != null) {
                csrf = c;
            }
        }
        return r;
    }

    /** A form post carrying the token of the last page, as the page's own form would. */
    RequestSpecification form() {
        assertTrue(token != null && csrf != null, "a page with a form was opened first");
        return request().redirects().follow(false).accept("text/html").header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie(csrf).formParam("csrf-token", token);
    }

    /** A file sent from a page's upload form (multipart/form-data), with the token of the last page. */
    RequestSpecification upload(String fileName, byte[] content, String type) {
        assertTrue(token != null && csrf != null, "a page with a form was opened first");
        return request().redirects().follow(false).accept("text/html").header("Accept-Language", "en").cookie(csrf)
                .multiPart("csrf-token", token).multiPart("file", fileName, content, type);
    }

    RequestSpecification request() {
        return session == null ? given() : given().cookie(session);
    }
}
