package org.schoolshuttle.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A driver's and an escort's runs as an iCalendar feed at a secret link, read back, replaced and revoked. */
@QuarkusTest
class CalendarFeedTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    /** The content lines of a feed, unfolded (RFC 5545: a line starting with a space continues the one before). */
    private static List<String> lines(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r\n")) {
            if (raw.startsWith(" ") && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else {
                lines.add(raw);
            }
        }
        return lines;
    }

    @Test
    void aDriversRunsReadBackFromTheSecretLinkUntilItIsReplacedOrRevoked() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        long escort = Fleet.create(s.coordinator(), "/api/v1/escorts", Fleet.escortBody(s.villageId()));
        for (long route : s.routes()) {
            Runs.crew(s, route, s.driverId(), escort);
        }
        Runs.generate(s, Runs.today());
        Runs.generate(s, Runs.today().plusDays(1));
        List<Map<String, Object>> items = new ArrayList<>();
        for (java.time.LocalDate day : List.of(Runs.today(), Runs.today().plusDays(1))) {
            items.addAll(Api.as(s.coordinator(), Api.PASSWORD).queryParam("schoolId", s.schoolId()).queryParam("date", day.toString())
                    .get("/api/v1/runs").then().statusCode(200).extract().jsonPath().getList("items"));
        }

        String url = Api.as(s.driver(), Api.PASSWORD).post("/api/v1/calendar-links/drivers/" + s.driverId()).then()
                .statusCode(201).extract().jsonPath().getString("url");
        assertTrue(url.matches("/calendar/[A-Za-z0-9_-]{43}\\.ics"), "a 256-bit secret: " + url);
        String ics = given().get(url).then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.endsWith("\r\n") && ics.split("\r\n", -1).length > 5, "CRLF lines");
        for (String raw : ics.split("\r\n")) {
            assertTrue(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + raw);
        }
        List<String> lines = lines(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        List<String> uids = lines.stream().filter(l -> l.startsWith("UID:")).toList();
        assertEquals(items.size(), uids.size(), "an event per run of today and tomorrow: " + uids);
        for (Map<String, Object> run : items) {
            assertTrue(uids.contains("UID:run-" + run.get("id") + "@school-shuttle"));
            assertTrue(lines.contains("DTSTART:" + UTC.format(Instant.parse((String) run.get("firstStopAt")))),
                    "the event starts at the first stop");
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:1. ")), "the stops and their times");

        // Only the driver themselves and their village's coordinators make links; a new link ends the old one.
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        Api.as(other.driver(), Api.PASSWORD).post("/api/v1/calendar-links/drivers/" + s.driverId()).then().statusCode(404);
        Api.as(other.coordinator(), Api.PASSWORD).post("/api/v1/calendar-links/drivers/" + s.driverId()).then().statusCode(404);
        Api.as(s.parent(), Api.PASSWORD).post("/api/v1/calendar-links/drivers/" + s.driverId()).then().statusCode(403);
        given().get(url).then().statusCode(200);
        String replaced = Api.as(s.coordinator(), Api.PASSWORD).post("/api/v1/calendar-links/drivers/" + s.driverId())
                .then().statusCode(201).extract().jsonPath().getString("url");
        given().get(url).then().statusCode(404);
        given().get(replaced).then().statusCode(200);
        Api.as(s.driver(), Api.PASSWORD).delete("/api/v1/calendar-links/drivers/" + s.driverId()).then().statusCode(204);
        given().get(replaced).then().statusCode(404);
        given().get("/calendar/not-a-secret.ics").then().statusCode(404);
        given().get("/calendar/" + replaced.substring(10, 30)).then().statusCode(404);

        // The escort's feed, made by the coordinator, has the same runs.
        String escortUrl = Api.as(s.coordinator(), Api.PASSWORD).post("/api/v1/calendar-links/escorts/" + escort).then()
                .statusCode(201).extract().jsonPath().getString("url");
        assertEquals(items.size(), lines(given().get(escortUrl).then().statusCode(200).extract().asString()).stream()
                .filter(l -> l.startsWith("UID:")).count());
        Api.as(s.driver(), Api.PASSWORD).post("/api/v1/calendar-links/escorts/" + escort).then().statusCode(403);
        Api.as(other.coordinator(), Api.PASSWORD).delete("/api/v1/calendar-links/escorts/" + escort).then().statusCode(404);
        given().get(escortUrl).then().statusCode(200);
    }

    @Test
    void calendarTextIsEscapedAndFolded() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", CalendarFeeds.text("a, b; c\\ d\ne"));
        StringBuilder ics = new StringBuilder();
        CalendarFeeds.line(ics, "SUMMARY:" + "青石镇中心小学".repeat(10));
        for (String raw : ics.toString().split("\r\n")) {
            assertTrue(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        }
        assertEquals("SUMMARY:" + "青石镇中心小学".repeat(10), String.join("", lines(ics.toString())));
    }
}
