package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The web app's pages without a browser: each refuses other families', drivers' and villages' objects,
 * refuses bad forms saying which field and why while saving nothing, and needs the CSRF token.
 */
@QuarkusTest
class WebPagesTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    private static int childrenOf(String parent) {
        return Api.as(parent, Api.PASSWORD).get("/api/v1/children").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void eachRoleSeesOnlyItsOwnPagesAndObjects() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long child = s.children().get(0);

        WebSession owner = WebSession.signIn(s.parent(), Api.PASSWORD);
        owner.page("/app/family/children/" + child).then().statusCode(200).body(containsString("id=\"assignment\""));

        WebSession stranger = WebSession.signIn(Api.parent(), Api.PASSWORD);
        stranger.page("/app/family/children/" + child).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("id=\"problem\""));
        stranger.page("/app/coordinator").then().statusCode(403);
        stranger.page("/app/driver").then().statusCode(403);

        WebSession otherCoordinator = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        otherCoordinator.page("/app/coordinator?villageId=" + s.villageId()).then().statusCode(404);
        otherCoordinator.page("/app/coordinator/schools/" + s.schoolId() + "/planner").then().statusCode(404);
        otherCoordinator.page("/app/family/children/" + child).then().statusCode(403);

        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        WebSession driver = WebSession.signIn(s.driver(), Api.PASSWORD);
        driver.page("/app/driver/runs/" + run).then().statusCode(200).body(containsString("id=\"start-run\""));
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        WebSession otherDriver = WebSession.signIn(other.driver(), Api.PASSWORD);
        otherDriver.page("/app/driver/runs/" + run).then().statusCode(404);

        given().redirects().follow(false).get("/app/family").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aCoordinatorPlansTwoSchoolsTogetherFromThePlanner() {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        long middle = Plans.middleSchool(setup.villageId(), setup.coordinator(),
                "08:10", "16:40");
        Plans.vehicle(setup.coordinator(), setup.villageId(), Plans.sponsor(setup.coordinator(), setup.villageId()), 14);
        String parent = Api.parent();
        var homes = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 4);
        Plans.register(parent, setup.schoolId(), homes.get(0));
        Plans.register(parent, setup.schoolId(), homes.get(1));
        for (int i = 2; i < 4; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Plans.child(middle, homes.get(i)));
            body.put("grade", 8);
            body.put("birthDate", java.time.LocalDate.now().minusYears(14).toString());
            Api.as(parent, Api.PASSWORD).body(body).post("/api/v1/children").then().statusCode(201);
        }
        WebSession coordinator = WebSession.signIn(setup.coordinator(), Api.PASSWORD);
        coordinator.page("/app/coordinator/schools/" + setup.schoolId() + "/planner").then().statusCode(200)
                .body(containsString("id=\"shared-with\"")).body(containsString("value=\"" + middle + "\""));
        coordinator.form().formParam("solverSeconds", "1").formParam("sharedWith", "abc")
                .post("/app/coordinator/schools/" + setup.schoolId() + "/plans").then().statusCode(400)
                .body(containsString("sharedWith[0]"));
        Api.as(setup.coordinator(), Api.PASSWORD).get("/api/v1/schools/" + setup.schoolId() + "/plans").then()
                .body("total", equalTo(0));
        String location = coordinator.form().formParam("solverSeconds", "1").formParam("sharedWith", String.valueOf(middle))
                .post("/app/coordinator/schools/" + setup.schoolId() + "/plans").then().statusCode(303)
                .extract().header("Location");
        long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals("DRAFT", Plans.computed(setup.coordinator(), planId).getString("status"));
        String page = coordinator.page("/app/coordinator/plans/" + planId).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Qingshi Middle School")
                && page.contains("Qingshi Central Primary School"), "both schools are named");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("class=\"route-schools\"") && page.contains(" → "),
                "the shared route lists its schools in visiting order");
    }

    @Test
    void aBadChildFormSaysWhichFieldsAndSavesNothing() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        WebSession parent = WebSession.signIn(s.parent(), Api.PASSWORD);
        int before = childrenOf(s.parent());
        parent.page("/app/family/children/new?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("value=\"" + s.schoolId() + "\""));

        parent.form().formParam("givenName", "").formParam("familyName", "李").formParam("birthDate", "2019-13-40")
                .formParam("grade", "2").formParam("schoolId", String.valueOf(s.schoolId()))
                .post("/app/family/children").then().statusCode(400)
                .body(containsString("birthDate")).body(containsString("YYYY-MM-DD"))
                .body(containsString("value=\"李\""));
        parent.form().formParam("givenName", "小李").formParam("familyName", "李").formParam("birthDate", "2019-03-04")
                .formParam("grade", "0").formParam("schoolId", String.valueOf(s.schoolId()))
                .post("/app/family/children").then().statusCode(400)
                .body(containsString("grade")).body(containsString("must be at least 1"));
        parent.form().formParam("givenName", "小李").formParam("familyName", "李").formParam("birthDate", "2019-03-04")
                .formParam("grade", "2").formParam("schoolId", String.valueOf(s.schoolId()))
                .formParam("lat", "NaN").formParam("lon", "112.18")
                .post("/app/family/children").then().statusCode(400).body(containsString("homePin"));
        assertEquals(before, childrenOf(s.parent()), "no refused form saved a child");

        // Without the form's token nothing is saved either.
        parent.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("givenName", "小李").formParam("familyName", "李").formParam("birthDate", "2019-03-04")
                .formParam("grade", "2").formParam("schoolId", String.valueOf(s.schoolId()))
                .formParam("lat", String.valueOf(Plans.LIUHE_LAT)).formParam("lon", String.valueOf(Plans.LIUHE_LON))
                .post("/app/family/children").then().statusCode(400);
        assertEquals(before, childrenOf(s.parent()));

        parent.form().formParam("givenName", "小李").formParam("familyName", "李").formParam("birthDate", "2019-03-04")
                .formParam("grade", "2").formParam("schoolId", String.valueOf(s.schoolId()))
                .formParam("lat", String.valueOf(Plans.LIUHE_LAT)).formParam("lon", String.valueOf(Plans.LIUHE_LON))
                .post("/app/family/children").then().statusCode(303)
                .header("Location", containsString("/app/family/children/"));
        assertEquals(before + 1, childrenOf(s.parent()));
    }

    @Test
    void aParentReportsAndCancelsAnAbsenceFromTheChildPage() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long child = s.children().get(0);
        WebSession parent = WebSession.signIn(s.parent(), Api.PASSWORD);
        parent.page("/app/family/children/" + child);
        parent.form().formParam("firstDay", Runs.today().plusDays(1).toString()).formParam("lastDay", Runs.today().toString())
                .post("/app/family/children/" + child + "/absences").then().statusCode(422).body(containsString("lastDay"));
        parent.form().formParam("firstDay", Runs.today().plusDays(1).toString()).formParam("direction", "SIDEWAYS")
                .post("/app/family/children/" + child + "/absences").then().statusCode(400).body(containsString("direction"));
        Api.as(s.parent(), Api.PASSWORD).get("/api/v1/children/" + child + "/absences").then().body("size()", equalTo(0));

        parent.form().formParam("firstDay", Runs.today().plusDays(1).toString()).formParam("direction", "TO_SCHOOL")
                .formParam("note", "dentist").post("/app/family/children/" + child + "/absences").then().statusCode(303);
        long absence = Api.as(s.parent(), Api.PASSWORD).get("/api/v1/children/" + child + "/absences").then()
                .body("size()", equalTo(1)).extract().jsonPath().getLong("[0].id");
        parent.page("/app/family/children/" + child).then().body(containsString("dentist"));
        parent.form().post("/app/family/children/" + child + "/absences/" + absence + "/cancel").then().statusCode(303);
        Api.as(s.parent(), Api.PASSWORD).get("/api/v1/children/" + child + "/absences").then().body("size()", equalTo(0));
    }

    @Test
    void theSignUpFormRefusesBadInputAndCreatesNoAccount() {
        WebSession anonymous = WebSession.anonymous();
        anonymous.page("/signup").then().statusCode(200);
        String phone = Api.uniquePhone();
        anonymous.form().formParam("familyName", "王").formParam("givenName", "芳").formParam("phone", phone)
                .formParam("password", "short").post("/signup").then().statusCode(400)
                .body(containsString("acceptPrivacyNotice")).body(containsString("value=\"" + phone + "\""))
                .body(not(containsString("value=\"short\"")));
        given().contentType("application/x-www-form-urlencoded").formParam("j_username", phone)
                .formParam("j_password", "short").redirects().follow(false).post("/j_security_check")
                .then().header("Location", containsString("error"));
        anonymous.form().formParam("familyName", "王").formParam("givenName", "芳").formParam("phone", "12345")
                .formParam("password", Api.PASSWORD).formParam("acceptPrivacyNotice", "on").post("/signup")
                .then().statusCode(400).body(containsString("phone"));
    }

    @Test
    void theLanguageSwitchStaysOnThisSite() {
        WebSession anonymous = WebSession.anonymous();
        anonymous.page("/login");
        anonymous.form().formParam("language", "en").formParam("back", "//evil.example/steal").post("/language")
                .then().statusCode(303).header("Location", endsWith("/app")).cookie("shuttle-lang", "en");
        anonymous.form().formParam("language", "en").formParam("back", "/signup").post("/language")
                .then().statusCode(303).header("Location", endsWith("/signup"));
        anonymous.form().formParam("language", "fr").formParam("back", "/login").post("/language").then().statusCode(400);
        given().cookie("shuttle-lang", "en").get("/login").then().body(containsString("<h1>Sign in</h1>"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/login").then().body(containsString("<h1>登录</h1>"));
        given().header("Accept-Language", "en-US,en;q=0.9").get("/login").then().body(containsString("<h1>Sign in</h1>"));
    }

    @Test
    void theRunScreenRefusesABatchItCannotRead() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        WebSession driver = WebSession.signIn(s.driver(), Api.PASSWORD);
        driver.page("/app/driver/runs/" + run);
        driver.form().accept("application/json").formParam("events", "{not json")
                .post("/app/driver/runs/" + run + "/events").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("events"));
        driver.form().accept("application/json").formParam("events", "{\"events\": []}")
                .post("/app/driver/runs/" + run + "/events").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theRunScreenAndTheLiveMapLinkToThePrintedManifest() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        String driverPdf = "/app/driver/runs/" + run + "/manifest.pdf";
        WebSession driver = WebSession.signIn(s.driver(), Api.PASSWORD);
        driver.page("/app/driver/runs/" + run).then().statusCode(200)
                .body(containsString("href=\"" + driverPdf + "\" id=\"manifest-pdf\" download>Print manifest (PDF)"));
        driver.request().accept("application/pdf,*/*").get(driverPdf).then().statusCode(200)
                .contentType(containsString("application/pdf")).header("Content-Disposition", containsString("attachment"));

        String livePdf = "/app/coordinator/live/runs/" + run + "/manifest.pdf";
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        coordinator.page("/app/coordinator/live?villageId=" + s.villageId()).then().statusCode(200)
                .body(containsString("href=\"" + livePdf + "\""));
        coordinator.request().accept("application/pdf,*/*").get(livePdf).then().statusCode(200)
                .contentType(containsString("application/pdf"));

        // As a browser asks for a link: anything, a page preferred, so a refusal comes as a page to read.
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        WebSession.signIn(other.driver(), Api.PASSWORD).request().accept(browser).get(driverPdf).then().statusCode(404)
                .contentType(containsString("text/html"));
        WebSession.signIn(other.coordinator(), Api.PASSWORD).request().accept(browser).get(livePdf).then().statusCode(404);
        WebSession.signIn(s.parent(), Api.PASSWORD).request().accept(browser).get(driverPdf).then().statusCode(403);
    }

    @Test
    void pagesAndTheApiSendSecurityHeaders() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
        given().redirects().follow(false).get("/app/family").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        given().get("/api/v1/me").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
        // No page keeps a script or a style inline, so the policy needs no 'unsafe-inline'.
        String login = given().get("/login").then().extract().asString();
        assertEquals(-1, login.indexOf("style=\""), "no inline style");
        assertEquals(-1, login.replace("<script type=\"application/json\"", "").indexOf("<script>"), "no inline script");
    }

    private static org.hamcrest.Matcher<String> endsWith(String suffix) {
        return org.hamcrest.Matchers.endsWith(suffix);
    }
}
