package org.schoolshuttle.common;

import io.restassured.RestAssured;
import org.schoolshuttle.Api;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;
import org.schoolshuttle.sponsor.Sponsors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Real objects for the bad-input test to send its bodies to, so that a value the checks let through reaches the
 * service and the database: a school with a published plan, its driver on today's started run, a parent's
 * children, and spare objects of every kind that the test may change. Each operation with a JSON body has here a
 * valid body (made afresh for each request: names, phones and codes are unique), the path of a real object, and a
 * caller allowed to use it.
 */
final class BadInputScene {

    /** A path id no object has, where making a real object is not worth it. */
    static final long NO_SUCH_ID = 999_999_999L;

    /** How one operation is called with a valid body. */
    record Call(String path, String role, Supplier<Object> body) {
    }

    /** What the service answered. */
    record Answer(int status, String contentType, String body) {
    }

    /** Thousands of requests: a plain HTTP client spends a fraction of REST Assured's time on each. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Runs.Setup s;
    private final Map<String, String> logins = new HashMap<>();
    private final Map<String, Call> calls = new HashMap<>();

    private BadInputScene(Runs.Setup s) {
        this.s = s;
    }

    static BadInputScene create(RoutingService routing) {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        BadInputScene scene = new BadInputScene(s);
        scene.logins.put("COORDINATOR", s.coordinator());
        scene.logins.put("DRIVER", s.driver());
        scene.logins.put("PARENT", s.parent());
        scene.logins.put("SPONSOR", Sponsors.login(s.coordinator(), s.sponsor()));
        scene.describe();
        return scene;
    }

    /** The call of an operation named "POST /api/v1/children", or null when the scene has none. */
    Call call(String operation) {
        return calls.get(operation);
    }

    /** Sends a body as someone of the role (null: anonymously); an empty body sends none. */
    Answer send(String role, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Accept", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty() || !"GET".equals(method)) {
            request.header("Content-Type", contentType);
        }
        if (role != null) {
            String username = "ADMIN".equals(role) ? Api.ADMIN : logins.get(role);
            String password = "ADMIN".equals(role) ? Api.ADMIN_PASSWORD : Api.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    String parent() {
        return s.parent();
    }

    long schoolId() {
        return s.schoolId();
    }

    private void describe() {
        long village = s.villageId();
        long school = s.schoolId();
        long child = s.children().get(0);
        long morningRoute = s.routes().get(0);
        long afternoonRoute = s.routes().get(1);
        long escort = Fleet.create(s.coordinator(), "/api/v1/escorts", Fleet.escortBody(village));
        s.routes().forEach(r -> Runs.crew(s, r, s.driverId(), escort));
        LocalDate today = Runs.today();
        Runs.generate(s, today);
        Runs.generate(s, today.plusDays(1));
        long running = Runs.runId(s, today, "TO_SCHOOL");
        long waiting = Runs.runId(s, today, "FROM_SCHOOL");
        long tomorrow = Runs.runId(s, today.plusDays(1), "TO_SCHOOL");
        Api.as(s.driver(), Api.PASSWORD).body(Map.of()).post("/api/v1/runs/" + running + "/escort-check-in").then().statusCode(200);
        Api.as(s.driver(), Api.PASSWORD).body(Map.of()).post("/api/v1/runs/" + running + "/start").then().statusCode(200);
        long sponsorship = Api.as(s.coordinator(), Api.PASSWORD).body(sponsorship(morningRoute)).post("/api/v1/sponsorships")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        // Spare objects: a valid body may change them as it likes without touching the runs above.
        long spareVillage = Api.village();
        long spareSchool = create("/api/v1/schools", Api.primarySchool(village));
        long spareDriver = create("/api/v1/drivers", Fleet.driverBody(village));
        long spareEscort = create("/api/v1/escorts", Fleet.escortBody(village));
        long spareSponsor = Sponsors.create(s.coordinator(), village);
        long spareVehicle = create("/api/v1/vehicles", Fleet.vehicleBody(village, s.sponsor()));

        admin("POST /api/v1/accounts/coordinators", "/api/v1/accounts/coordinators", () -> coordinator(village));
        calls.put("POST /api/v1/accounts/parents", new Call("/api/v1/accounts/parents", null, BadInputScene::signup));
        admin("POST /api/v1/children/{childId}/absences", "/api/v1/children/" + child + "/absences", () -> absence(today));
        calls.put("POST /api/v1/children", new Call("/api/v1/children", "PARENT", () -> child(school)));
        admin("PUT /api/v1/children/{id}", "/api/v1/children/" + child, () -> child(school));
        admin("POST /api/v1/drivers", "/api/v1/drivers", () -> Fleet.driverBody(village));
        admin("PUT /api/v1/drivers/{id}", "/api/v1/drivers/" + spareDriver, () -> Fleet.driverBody(village));
        admin("POST /api/v1/escorts", "/api/v1/escorts", () -> Fleet.escortBody(village));
        admin("PUT /api/v1/escorts/{id}", "/api/v1/escorts/" + spareEscort, () -> Fleet.escortBody(village));
        calls.put("PUT /api/v1/family", new Call("/api/v1/family", "PARENT", () -> map("givenName", "红", "familyName", "李",
                "email", "family@example.org", "nearMinutes", 5)));
        calls.put("POST /api/v1/invitations/accept", new Call("/api/v1/invitations/accept", null, () -> acceptance(village)));
        admin("POST /api/v1/ledger/routes/{routeId}/entries", "/api/v1/ledger/routes/" + morningRoute + "/entries",
                () -> map("month", YearMonth.from(today).toString(), "category", "FUEL", "amount", "120.50",
                        "sponsorId", s.sponsor(), "note", "diesel"));
        calls.put("POST /api/v1/live/runs/{runId}/positions", new Call("/api/v1/live/runs/" + running + "/positions", "DRIVER",
                () -> map("positions", List.of(map("at", Instant.now().toString(), "lat", Plans.LIUHE_LAT,
                        "lon", Plans.LIUHE_LON, "accuracy", 8.0)))));
        admin("PUT /api/v1/me/language", "/api/v1/me/language", () -> map("language", "en"));
        // Duties exist only on volunteer routes; the body is read and checked before the duty is looked for.
        admin("PUT /api/v1/roster/duties/{id}", "/api/v1/roster/duties/" + NO_SUCH_ID, () -> map("driverId", s.driverId()));
        admin("PUT /api/v1/routes/{id}", "/api/v1/routes/" + afternoonRoute, () -> map("driverId", s.driverId(),
                "escortId", escort, "fundingModel", "SOCIAL_ORGANISATION", "sponsorIds", List.of(s.sponsor())));
        admin("POST /api/v1/routing/matrix", "/api/v1/routing/matrix", () -> map("profile", "minibus",
                "sources", List.of(List.of(Plans.LIUHE_LAT, Plans.LIUHE_LON)), "targets", List.of(List.of(30.301124, 112.196250))));
        calls.put("POST /api/v1/runs/{id}/complete", new Call("/api/v1/runs/" + tomorrow + "/complete", "DRIVER",
                () -> map("at", Instant.now().toString(), "exceptions", List.of(map("childId", child, "note", "went home with grandma")))));
        calls.put("POST /api/v1/runs/{id}/escort-check-in", new Call("/api/v1/runs/" + waiting + "/escort-check-in", "DRIVER",
                () -> map("at", Instant.now().toString())));
        calls.put("POST /api/v1/runs/{id}/events", new Call("/api/v1/runs/" + running + "/events", "DRIVER",
                () -> map("events", List.of(map("id", UUID.randomUUID().toString(), "type", "CHECKED_ON", "childId", child,
                        "at", Instant.now().toString(), "adultName", "奶奶", "note", "on time")))));
        calls.put("POST /api/v1/runs/{id}/start", new Call("/api/v1/runs/" + waiting + "/start", "DRIVER",
                () -> map("at", Instant.now().toString())));
        admin("POST /api/v1/schools", "/api/v1/schools", () -> Api.primarySchool(village));
        admin("PUT /api/v1/schools/{id}", "/api/v1/schools/" + spareSchool, () -> Api.primarySchool(village));
        admin("PUT /api/v1/schools/{id}/calendar", "/api/v1/schools/" + spareSchool + "/calendar", () -> calendar(today));
        admin("POST /api/v1/schools/{schoolId}/plans", "/api/v1/schools/" + spareSchool + "/plans",
                () -> map("vehicleIds", List.of(spareVehicle), "solverSeconds", 1));
        admin("POST /api/v1/schools/{schoolId}/runs", "/api/v1/schools/" + school + "/runs",
                () -> map("date", today.plusDays(1).toString()));
        admin("POST /api/v1/sponsors", "/api/v1/sponsors", () -> Sponsors.body(village));
        admin("PUT /api/v1/sponsors/{id}", "/api/v1/sponsors/" + spareSponsor, () -> Sponsors.body(village));
        admin("POST /api/v1/sponsors/{id}/account", "/api/v1/sponsors/" + spareSponsor + "/account",
                () -> map("username", Api.unique("sponsor"), "displayName", "Sponsor", "password", Api.PASSWORD));
        admin("POST /api/v1/sponsorships", "/api/v1/sponsorships", () -> sponsorship(afternoonRoute));
        admin("POST /api/v1/sponsorships/{id}/end", "/api/v1/sponsorships/" + sponsorship + "/end",
                () -> map("lastDay", today.plusYears(1).toString()));
        admin("POST /api/v1/vehicles", "/api/v1/vehicles", () -> Fleet.vehicleBody(village, s.sponsor()));
        admin("PUT /api/v1/vehicles/{id}", "/api/v1/vehicles/" + spareVehicle, () -> Fleet.vehicleBody(village, s.sponsor()));
        admin("POST /api/v1/villages", "/api/v1/villages", BadInputScene::village);
        admin("PUT /api/v1/villages/{id}", "/api/v1/villages/" + spareVillage, BadInputScene::village);
        admin("POST /api/v1/villages/{villageId}/roster", "/api/v1/villages/" + village + "/roster",
                () -> map("from", today.plusDays(1).toString(), "to", today.plusDays(7).toString()));
        calls.put("PUT /api/v1/volunteer/availability", new Call("/api/v1/volunteer/availability", "DRIVER",
                () -> List.of(map("dayOfWeek", "MONDAY", "partOfDay", "MORNING"))));
        calls.put("POST /api/v1/volunteer/away-days", new Call("/api/v1/volunteer/away-days", "DRIVER",
                () -> map("day", today.plusDays(20).toString())));

        String volunteers = "/api/v1/villages/" + village + "/volunteers/drivers/" + s.driverId();
        long hoursEntry = create(volunteers + "/hours", map("kind", "TRAINING", "serviceDate", today.toString(),
                "minutes", 60, "note", "First-aid training"));
        admin("PUT /api/v1/villages/{villageId}/points-scheme", "/api/v1/villages/" + village + "/points-scheme",
                () -> map("pointsPerHour", 10, "earlyRunBonus", 5, "earlyBefore", "07:00", "fullMonthBonus", 50,
                        "cleanRecordBonus", 30));
        admin("POST /api/v1/villages/{villageId}/reward-pool/contributions",
                "/api/v1/villages/" + village + "/reward-pool/contributions",
                () -> map("sponsorId", s.sponsor(), "amount", "100.00", "contributedOn", today.toString(), "note", "Thanks"));
        admin("POST /api/v1/villages/{villageId}/reward-pool/redemptions",
                "/api/v1/villages/" + village + "/reward-pool/redemptions",
                () -> map("volunteerKind", "DRIVER", "volunteerId", s.driverId(), "reward", "ITEM", "item", "Rice",
                        "points", 1, "redeemedOn", today.toString(), "note", "Thank you"));
        admin("PUT /api/v1/villages/{villageId}/volunteers/{kind}/{id}/board", volunteers + "/board",
                () -> map("named", true));
        admin("POST /api/v1/villages/{villageId}/volunteers/{kind}/{id}/hours", volunteers + "/hours",
                () -> map("kind", "VEHICLE_CHECK", "serviceDate", today.toString(), "minutes", 30, "note", "Tyres"));
        admin("POST /api/v1/villages/{villageId}/volunteers/{kind}/{id}/hours/{entryId}/corrections",
                volunteers + "/hours/" + hoursEntry + "/corrections", () -> map("minutes", 45, "reason", "It was shorter"));
        calls.put("PUT /api/v1/volunteers/me/board", new Call("/api/v1/volunteers/me/board", "DRIVER",
                () -> map("named", true)));
    }

    private void admin(String operation, String path, Supplier<Object> body) {
        calls.put(operation, new Call(path, "ADMIN", body));
    }

    private long create(String path, Map<String, Object> body) {
        return Api.as(s.coordinator(), Api.PASSWORD).body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Object village() {
        return map("nameZh", Api.unique("村"), "nameEn", Api.unique("Village "), "centre", map("lat", 30.30, "lon", 112.20),
                "timeZone", "Asia/Shanghai");
    }

    private static Object coordinator(long village) {
        return map("username", Api.unique("coord"), "displayName", "Coordinator", "phone", Api.uniquePhone(),
                "email", "coordinator@example.org", "password", Api.PASSWORD, "villageIds", List.of(village));
    }

    private static Object signup() {
        return map("givenName", "红", "familyName", "李", "phone", Api.uniquePhone(), "email", "parent@example.org",
                "password", Api.PASSWORD, "acceptPrivacyNotice", true);
    }

    private Object acceptance(long village) {
        long driver = create("/api/v1/drivers", Fleet.driverBody(village));
        return map("code", Fleet.invite(s.coordinator(), driver), "username", Api.unique("driver"), "password", Api.PASSWORD);
    }

    private static Object child(long school) {
        return map("givenName", Api.unique("小"), "familyName", "王", "birthDate", LocalDate.now().minusYears(8).toString(),
                "grade", 2, "schoolId", school, "homePin", map("lat", 30.3296, "lon", 112.1842), "handoverRequired", true,
                "authorisedAdults", List.of(map("name", "王奶奶", "phone", "138 0013 8001", "relation", "grandmother")));
    }

    private static Object absence(LocalDate today) {
        LocalDate day = today.plusDays(7);
        return map("firstDay", day.toString(), "lastDay", day.toString(), "direction", "TO_SCHOOL", "note", "dentist");
    }

    private static Object calendar(LocalDate today) {
        return map("terms", List.of(map("name", "Autumn", "startsOn", today.minusDays(30).toString(),
                        "endsOn", today.plusDays(90).toString())),
                "holidays", List.of(map("date", today.plusDays(40).toString(), "note", "National Day")),
                "makeUpDays", List.of());
    }

    private Object sponsorship(long route) {
        return map("sponsorId", s.sponsor(), "routeId", route, "startsOn", Runs.today().minusDays(3).toString(),
                "seatsCommitted", 8, "amountCommitted", "6000", "note", "a minibus and its driver");
    }
}
