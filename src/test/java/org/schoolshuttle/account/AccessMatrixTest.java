package org.schoolshuttle.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.account.AccessFixture.Who;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The access policy as one table: every JSON endpoint, called by every kind of caller, with the answer due.
 * Parents see their own family but every village and school; coordinators their villages' objects; administrators
 * everything; drivers and sponsors only their own record. An object outside the caller's scope answers 404, the
 * same as one that does not exist. A refused change must leave no trace.
 */
@QuarkusTest
class AccessMatrixTest {

    /** What a caller gets. {@code in}/{@code out}: a list or export that does or does not include the object. */
    enum Outcome {
        ALLOWED("ok", "2xx"), LISTED("in", "2xx, listed"), HIDDEN("out", "2xx, not listed"),
        UNAUTHENTICATED("401", "401"), FORBIDDEN("403", "403"), NOT_FOUND("404", "404");

        final String token;
        final String shown;

        Outcome(String token, String shown) {
            this.token = token;
            this.shown = shown;
        }

        boolean allowed() {
            return this == ALLOWED || this == LISTED || this == HIDDEN;
        }

        static Outcome of(String token) {
            return Arrays.stream(values()).filter(o -> o.token.equals(token)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no outcome " + token));
        }
    }

    /**
     * One endpoint and what each caller gets from it.
     *
     * @param listed for a list: the JSON path of the ids in an answer
     * @param object for a list: the placeholder of the object it does ({@code in}) or does not ({@code out}) hold
     */
    record Case(String method, String path, Function<AccessFixture, Object> body, Map<Who, Outcome> outcomes,
                String listed, String object) {

        Case listing(String idsAt, String placeholder) {
            return new Case(method, path, body, outcomes, idsAt, placeholder);
        }
    }

    private static final int MAX_PAGES = 20;

    private AccessFixture fixture;

    @BeforeEach
    void villagesWithEverythingInThem() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        fixture = AccessFixture.create();
    }

    private static List<Case> policy() {
        String route = "/api/v1/routing/route?from=30.329678,112.187501&to=30.301124,112.196250&profile=minibus";
        return List.of(
                // ok: 2xx; in/out: 2xx, with/without the object in the list; 401, 403, 404: problem+json with that status.
                // The caller columns are AccessFixture.Who: the object is of village A, coordinated by COORD;
                // C_OTH coordinates village B; PARENT's family owns the child, P_OTH is another family.
                //                                                                         ANON ADMIN COORD C_OTH PARENT P_OTH DRIVER SPONSOR
                get("/api/v1/me",                                                         "401  ok    ok    ok    ok    ok    ok    ok"),
                post("/api/v1/accounts/coordinators", AccessFixture::coordinator,         "401  ok    403   403   403   403   403   403"),
                post("/api/v1/accounts/parents", AccessFixture::signup,                   "ok   ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/audit?entityType=school&entityId={school}",                  "401  in    in    out   403   403   403   403")
                        .listing("items.entityId", "school"),

                post("/api/v1/villages", AccessFixture::village,                          "401  ok    403   403   403   403   403   403"),
                get("/api/v1/villages",                                                   "401  in    in    out   in    in    403   403")
                        .listing("id", "village"),
                get("/api/v1/villages/{village}",                                         "401  ok    ok    404   ok    ok    403   403"),
                put("/api/v1/villages/{village}", AccessFixture::village,                 "401  ok    ok    404   403   403   403   403"),

                post("/api/v1/schools", AccessFixture::school,                            "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/schools?villageId={village}&size=100",                       "401  in    in    404   in    in    403   403")
                        .listing("items.id", "school"),
                get("/api/v1/schools/{school}",                                           "401  ok    ok    404   ok    ok    403   403"),
                put("/api/v1/schools/{school}", AccessFixture::school,                    "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/schools/{school}/calendar",                                  "401  ok    ok    404   ok    ok    403   403"),
                put("/api/v1/schools/{school}/calendar", AccessFixture::calendar,         "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/schools/{school}/school-days?from=2026-09-01&to=2026-09-30", "401  ok    ok    404   ok    ok    403   403"),
                // The import itself (a file as the body) is tried by every caller in ChildImportTest.
                get("/api/v1/schools/{school}/child-imports/template.csv",               "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/schools/{school}/child-imports/template.xlsx",              "401  ok    ok    404   403   403   403   403"),

                // An administrator has no family: the family's own endpoints, registering a child too, are for parents only.
                get("/api/v1/family",                                                     "401  403   403   403   ok    ok    403   403"),
                put("/api/v1/family", AccessFixture::guardian,                            "401  403   403   403   ok    ok    403   403"),
                get("/api/v1/family/export",                                              "401  403   403   403   in    out   403   403")
                        .listing("children.id", "child"),
                post("/api/v1/children", f -> f.child(Api.unique("小")),                 "401  403   403   403   ok    ok    403   403"),
                get("/api/v1/children?schoolId={school}&size=100",                        "401  in    in    out   in    out   403   403")
                        .listing("items.id", "child"),
                get("/api/v1/children/{child}",                                           "401  ok    ok    404   ok    404   403   403"),
                // Administrators may do everything, correcting and withdrawing a child included.
                put("/api/v1/children/{child}", f -> f.child("小明"),                      "401  ok    ok    404   ok    404   403   403"),
                post("/api/v1/children/{newChild}/withdrawal", null,                      "401  ok    ok    404   ok    404   403   403"),

                post("/api/v1/drivers", AccessFixture::driver,                            "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/drivers?size=100",                                           "401  in    in    out   403   403   403   403")
                        .listing("items.id", "driver"),
                get("/api/v1/drivers/me",                                                 "401  403   403   403   403   403   ok    403"),
                get("/api/v1/drivers/{driver}",                                           "401  ok    ok    404   403   403   ok    403"),
                get("/api/v1/drivers/{otherDriver}",                                      "401  ok    ok    404   403   403   404   403"),
                put("/api/v1/drivers/{driver}", AccessFixture::driver,                    "401  ok    ok    404   403   403   403   403"),
                delete("/api/v1/drivers/{newDriver}",                                     "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/drivers/{driver}/fitness",                                   "401  ok    ok    404   403   403   ok    403"),
                get("/api/v1/drivers/{otherDriver}/fitness",                              "401  ok    ok    404   403   403   404   403"),
                post("/api/v1/drivers/{newDriver}/invitation", null,                      "401  ok    ok    404   403   403   403   403"),
                post("/api/v1/invitations/accept", AccessFixture::acceptance,             "ok   ok    ok    ok    ok    ok    ok    ok"),

                post("/api/v1/vehicles", AccessFixture::vehicle,                          "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/vehicles?size=100",                                          "401  in    in    out   403   403   403   403")
                        .listing("items.id", "vehicle"),
                get("/api/v1/vehicles/{vehicle}",                                         "401  ok    ok    404   403   403   403   403"),
                put("/api/v1/vehicles/{vehicle}", AccessFixture::vehicle,                 "401  ok    ok    404   403   403   403   403"),
                delete("/api/v1/vehicles/{newVehicle}",                                   "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/vehicles/{vehicle}/fitness",                                 "401  ok    ok    404   403   403   403   403"),

                post("/api/v1/escorts", AccessFixture::escort,                            "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/escorts?size=100",                                           "401  in    in    out   403   403   403   403")
                        .listing("items.id", "escort"),
                get("/api/v1/escorts/{escort}",                                           "401  ok    ok    404   403   403   403   403"),
                put("/api/v1/escorts/{escort}", AccessFixture::escort,                    "401  ok    ok    404   403   403   403   403"),
                delete("/api/v1/escorts/{newEscort}",                                     "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/escorts/{escort}/fitness",                                   "401  ok    ok    404   403   403   403   403"),

                post("/api/v1/sponsors", AccessFixture::sponsor,                          "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/sponsors?size=100",                                          "401  in    in    out   403   403   403   403")
                        .listing("items.id", "sponsor"),
                get("/api/v1/sponsors/{sponsor}",                                         "401  ok    ok    404   403   403   403   ok"),
                get("/api/v1/sponsors/{otherSponsor}",                                    "401  ok    ok    404   403   403   403   404"),
                put("/api/v1/sponsors/{sponsor}", AccessFixture::sponsor,                 "401  ok    ok    404   403   403   403   403"),
                delete("/api/v1/sponsors/{newSponsor}",                                   "401  ok    ok    404   403   403   403   403"),
                post("/api/v1/sponsors/{sponsor}/account", AccessFixture::sponsorAccount, "401  ok    ok    404   403   403   403   403"),

                get("/api/v1/runs?villageId={village}",                                   "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/driver/runs",                                                "401  403   403   403   403   403   ok    403"),
                get("/api/v1/alerts?villageId={village}",                                 "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/villages/{village}/roster",                                  "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/volunteer/duties",                                           "401  403   403   403   403   403   ok    403"),
                get("/api/v1/volunteer/availability",                                     "401  403   403   403   403   403   ok    403"),
                get("/api/v1/volunteers/me",                                              "401  403   403   403   403   403   ok    403"),
                put("/api/v1/volunteers/me/board", AccessFixture::boardChoice,            "401  403   403   403   403   403   ok    403"),
                get("/api/v1/villages/{village}/volunteers",                              "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/villages/{village}/volunteers/drivers/{driver}",             "401  ok    ok    404   403   403   403   403"),
                post("/api/v1/villages/{village}/volunteers/drivers/{driver}/hours", AccessFixture::serviceHours,
                                                                                          "401  ok    ok    404   403   403   403   403"),
                put("/api/v1/villages/{village}/volunteers/escorts/{escort}/board", AccessFixture::boardChoice,
                                                                                          "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/villages/{village}/points-scheme",                           "401  ok    ok    404   403   403   403   403"),
                put("/api/v1/villages/{village}/points-scheme", AccessFixture::pointsScheme,
                                                                                          "401  ok    ok    404   403   403   403   403"),
                // The thank-you board is the village's public thanks: its parents, drivers and sponsors see it too
                // (parent Q registered a child at the village's school further up this table).
                get("/api/v1/villages/{village}/thank-you-board",                         "401  ok    ok    404   ok    ok    ok    ok"),
                get("/api/v1/villages/{village}/reward-pool",                             "401  ok    ok    404   403   403   403   403"),
                post("/api/v1/villages/{village}/reward-pool/contributions", AccessFixture::contribution,
                                                                                          "401  ok    ok    404   403   403   403   403"),
                get("/api/v1/messages",                                                   "401  ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/children/{child}/today",                                     "401  ok    ok    404   ok    404   403   403"),
                get("/api/v1/children/{child}/absences",                                  "401  ok    ok    404   ok    404   403   403"),

                get(route,                                                                "401  ok    ok    ok    ok    ok    ok    ok"),
                post("/api/v1/routing/matrix", AccessFixture::matrix,                     "401  ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/routing/snap?point=30.301124,112.196250&profile=minibus",    "401  ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/routing/info",                                               "401  ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/geocode?q=5 Renmin Road",                                    "401  ok    ok    ok    ok    ok    ok    ok"),
                get("/api/v1/geocode/reverse?point=30.3001482,112.1984376",               "401  ok    ok    ok    ok    ok    ok    ok"));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        return policy().stream().flatMap(c -> Arrays.stream(Who.values()).map(who -> dynamicTest(
                c.method() + " " + c.path() + " as " + who + " → " + c.outcomes().get(who).shown, () -> check(c, who))));
    }

    private void check(Case c, Who who) {
        Outcome expected = c.outcomes().get(who);
        String path = fixture.resolve(c.path());
        Object body = c.body() == null ? null : c.body().apply(fixture);
        boolean refusedChange = !expected.allowed() && !"GET".equals(c.method());
        String before = refusedChange ? fixture.state(path) : null;

        Response response = fixture.call(who, c.method(), path, body);

        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            fixture.usedUp(c.path());
        }
        if (expected.allowed()) {
            assertTrue(status >= 200 && status < 300, "expected 2xx, got " + status + ": " + response.asString());
            if (expected != Outcome.ALLOWED) {
                boolean listed = listedIds(c, who, path, response).contains(fixture.id(c.object()));
                assertEquals(expected == Outcome.LISTED, listed, "{" + c.object() + "} listed");
            }
            return;
        }
        response.then().statusCode(Integer.parseInt(expected.token))
                .contentType("application/problem+json")
                .body("status", equalTo(status));
        if (expected == Outcome.NOT_FOUND) {
            response.then().body("type", endsWith("/not-found"));
        }
        if (refusedChange) {
            assertEquals(before, fixture.state(path), "a refused " + c.method() + " changed nothing");
        }
    }

    /** The ids on every page of a paged list (bounded), or in the one answer of an unpaged one. */
    private List<Long> listedIds(Case c, Who who, String path, Response first) {
        JsonPath json = first.jsonPath();
        List<Long> ids = new ArrayList<>(json.getList(c.listed(), Long.class));
        if (first.asString().startsWith("[") || json.get("total") == null) {
            return ids;
        }
        long total = json.getLong("total");
        int size = json.getInt("size");
        for (int page = 1; (long) page * size < total && page < MAX_PAGES; page++) {
            Response next = fixture.call(who, "GET", path + "&page=" + page, null);
            next.then().statusCode(200);
            ids.addAll(next.jsonPath().getList(c.listed(), Long.class));
        }
        assertFalse(total > (long) MAX_PAGES * size, "the list is too long to search: " + total);
        return ids;
    }

    private static Case get(String path, String row) {
        return of("GET", path, null, row);
    }

    private static Case post(String path, Function<AccessFixture, Object> body, String row) {
        return of("POST", path, body, row);
    }

    private static Case put(String path, Function<AccessFixture, Object> body, String row) {
        return of("PUT", path, body, row);
    }

    private static Case delete(String path, String row) {
        return of("DELETE", path, null, row);
    }

    private static Case of(String method, String path, Function<AccessFixture, Object> body, String row) {
        String[] tokens = row.trim().split("\\s+");
        Who[] callers = Who.values();
        if (tokens.length != callers.length) {
            throw new IllegalArgumentException(method + " " + path + ": " + tokens.length + " outcomes for " + callers.length + " callers");
        }
        Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
        for (int i = 0; i < callers.length; i++) {
            outcomes.put(callers[i], Outcome.of(tokens[i]));
        }
        return new Case(method, path, body, outcomes, null, null);
    }
}
