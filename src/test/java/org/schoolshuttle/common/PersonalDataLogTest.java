package org.schoolshuttle.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * A school day from registration to the last child off the bus, with the mistakes and races real families make,
 * while everything the service logs is kept: the log must never hold a child's name, a family's phone number or
 * where a family lives. Logs travel further than the database (consoles, log shippers, support tickets).
 */
@QuarkusTest
class PersonalDataLogTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void roads() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aWholeSchoolDayLeavesNoNamePhoneOrHomeInTheLog() throws Exception {
        String givenName = Api.unique("晓");
        String familyName = "欧阳";
        List<String> secrets = new ArrayList<>(List.of(givenName));
        try (CapturedLog log = CapturedLog.start()) {
            Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of("givenName", givenName, "familyName", familyName));
            String phone = s.parent().substring("+86".length());
            secrets.add(phone);
            for (long child : s.children()) {
                Map<String, Object> child0 = as(s.parent(), PASSWORD).get("/api/v1/children/" + child)
                        .then().statusCode(200).extract().jsonPath().getMap("");
                @SuppressWarnings("unchecked")
                Map<String, Object> home = (Map<String, Object>) child0.get("home");
                secrets.add(fourDecimals(((Number) home.get("lat")).doubleValue()));
                secrets.add(fourDecimals(((Number) home.get("lon")).doubleValue()));
            }

            // The school day: crews named, runs generated, the morning run driven with every child on and off.
            s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), null));
            Runs.generate(s, Runs.today());
            long run = Runs.completeRun(s, "TO_SCHOOL");
            as(s.driver(), PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200);
            as(s.driver(), PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then().statusCode(200);
            long child = s.children().get(0);
            Plans.assignment(s.parent(), child);

            // Mistakes: a child registered with a bad date and with a home outside the map, a wrong event, another
            // family's child asked for, a home moved to the middle of a field and back.
            Map<String, Object> again = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                    "birthDate", "2017-02-30", "grade", 3, "schoolId", s.schoolId(),
                    "homePin", Map.of("lat", 30.3296, "lon", 112.1842)));
            as(s.parent(), PASSWORD).body(again).post("/api/v1/children").then().statusCode(400);
            again.put("birthDate", "2017-02-03");
            again.put("homePin", Map.of("lat", 31.9, "lon", 112.2));
            as(s.parent(), PASSWORD).body(again).post("/api/v1/children").then().statusCode(422);
            int late = as(s.driver(), PASSWORD).body(Runs.batch(List.of(Runs.event("CHECKED_ON", child))))
                    .post("/api/v1/runs/" + run + "/events").then().extract().statusCode();
            assertTrue(late >= 400 && late < 500, "an event on a completed run is refused: " + late);
            as(Api.parent(), PASSWORD).get("/api/v1/children/" + child).then().statusCode(404);

            // Races and attacks: the same phone signed up twice at once, and a stranger guessing the password.
            String raced = Api.uniquePhone();
            secrets.add(raced);
            List<Integer> statuses = signUpTwiceAtOnce(raced, givenName);
            assertTrue(statuses.contains(201) && statuses.stream().allMatch(c -> c == 201 || c == 409), statuses.toString());
            for (int i = 0; i < 6; i++) {
                as(s.parent(), "wrong-password-" + i).get("/api/v1/me").then().statusCode(401);
            }

            String text = log.text();
            assertTrue(text.contains("locked for"), "the log was captured (the lockout is logged):\n" + text);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), () -> "the log holds '" + secret + "':\n" + text);
            }
        }
    }

    private static List<Integer> signUpTwiceAtOnce(String phone, String name) throws Exception {
        Callable<Integer> signUp = () -> given().contentType(ContentType.JSON)
                .body(Map.of("givenName", name, "familyName", "欧阳", "phone", phone, "password", PASSWORD,
                        "acceptPrivacyNotice", true))
                .post("/api/v1/accounts/parents").then().extract().statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> both = pool.invokeAll(List.of(signUp, signUp));
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : both) {
                codes.add(f.get());
            }
            assertEquals(2, codes.size());
            return codes;
        } finally {
            pool.shutdown();
        }
    }

    private static String fourDecimals(double degrees) {
        String text = Double.toString(degrees);
        int dot = text.indexOf('.');
        return text.substring(0, Math.min(text.length(), dot + 5));
    }
}
