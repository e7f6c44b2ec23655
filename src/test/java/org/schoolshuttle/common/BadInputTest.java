package org.schoolshuttle.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schoolshuttle.Api;
import org.schoolshuttle.ApiDocument;
import org.schoolshuttle.ApiDocument.Operation;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.RowCounts;
import org.schoolshuttle.common.BadBodies.Bad;
import org.schoolshuttle.routing.RoutingService;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every JSON endpoint of the OpenAPI document, sent bad bodies generated from its request schema (see
 * {@link BadBodies}) by a caller allowed to use it, on real objects ({@link BadInputScene}). The only right answers:
 * a 4xx as problem+json (naming the field when one is to blame) after which no table holds a row more or less and the
 * object reads as before, or, for text a person may legitimately write (emoji, right-to-left marks, quotes and angle
 * brackets), a 2xx that stores it exactly as sent. Never a 5xx. Unknown fields are refused
 * ({@code quarkus.jackson.fail-on-unknown-properties}), so a misspelt field never silently changes nothing.
 */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quarkus' default quarkus.http.limits.max-body-size, 10240K. */
    private static final int MAX_BODY_BYTES = 10240 * 1024;

    private static ApiDocument document;
    private static BadInputScene scene;
    private static RowCounts rows;
    private static final Map<String, String> states = new HashMap<>();

    @Inject
    RoutingService routing;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void realObjectsToSendBodiesTo() {
        RoadNetworkReady.await();
        if (scene == null) {
            document = ApiDocument.fetch();
            rows = new RowCounts(dataSource);
            scene = BadInputScene.create(routing);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyJsonEndpointRefusesBadBodies() {
        return document.operations().stream().filter(op -> op.jsonBody() != null).map(op -> {
            BadInputScene.Call call = scene.call(op.name());
            if (call == null) {
                return dynamicTest(op.name() + " has a valid body in BadInputScene", () -> fail(op.name()
                        + " takes a JSON body: give it a path, a caller and a valid body in BadInputScene"));
            }
            List<Bad> cases = BadBodies.of(document, op.jsonBody(), BadBodies.tree(call.body().get()));
            return dynamicContainer(op.name(), cases.stream().map(bad -> dynamicTest(
                    bad.label() + (bad.acceptable() ? " → 4xx, or stored as sent" : " → 4xx"), () -> send(op, call, bad))));
        });
    }

    @Test
    void markupInANameIsStoredAsSentAndShownAsText() {
        String script = "<script>alert(1)</script>";
        long school = scene.schoolId();
        Map<String, Object> child = new HashMap<>(Map.of("givenName", script, "familyName", "王",
                "birthDate", LocalDate.now().minusYears(8).toString(), "grade", 2, "schoolId", school,
                "homePin", Map.of("lat", 30.3296, "lon", 112.1842)));
        long id = Api.as(scene.parent(), Api.PASSWORD).body(child).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(scene.parent(), Api.PASSWORD).get("/api/v1/children/" + id).then().statusCode(200)
                .body("givenName", equalTo(script));
        Response signIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", scene.parent()).formParam("j_password", Api.PASSWORD).post("/j_security_check");
        given().cookie(signIn.getDetailedCookie("shuttle-session")).accept("text/html").get("/app/family")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString(script)));
    }

    private void send(Operation op, BadInputScene.Call call, Bad bad) throws Exception {
        String body = bad.body().apply(BadBodies.tree(call.body().get()));
        // What the caller reads of the object changes only when a request is accepted: read again only then.
        String state = states.computeIfAbsent(op.name(), name -> state(op, call));
        Map<String, Long> before = rows.now();

        BadInputScene.Answer answer;
        try {
            answer = scene.send(call.role(), op.method(), call.path(), bad.contentType() + "; charset=UTF-8", body);
        } catch (IOException e) {
            // Past quarkus.http.limits.max-body-size the server answers 413 and closes the connection mid-upload.
            assertTrue(body.length() > MAX_BODY_BYTES, op.name() + " with " + bad.label() + ": " + e);
            assertTrue(RowCounts.changes(before, rows.now()).isEmpty(), "a body too large changed rows");
            return;
        }

        int status = answer.status();
        assertTrue(status < 500, op.name() + " with " + bad.label() + " answered " + status + ": " + shorten(answer.body()));
        if (status >= 200 && status < 300) {
            states.remove(op.name());
            assertTrue(bad.acceptable(), op.name() + " accepted " + bad.label() + " (" + status + "): " + shorten(answer.body()));
            storedAsSent(bad, answer.body());
            settle(op, answer);
            return;
        }
        assertTrue(status >= 400, op.name() + " with " + bad.label() + " answered " + status);
        if (status != 413) {
            assertTrue(answer.contentType().startsWith("application/problem+json"), "problem+json, not " + answer.contentType());
            assertEquals(status, JSON.readTree(answer.body()).path("status").asInt(), "the problem's status");
            if (status == 400 && bad.field() != null) {
                String leaf = bad.field().replaceAll(".*[.\\]]", "");
                assertTrue(answer.body().contains(leaf), "the problem names " + bad.field() + ": " + shorten(answer.body()));
            }
        }
        Map<String, String> changed = RowCounts.changes(before, rows.now());
        assertTrue(changed.isEmpty(), op.name() + " refused " + bad.label() + " but changed rows: " + changed);
        assertEquals(state, state(op, call), "a refused " + op.name() + " left the object as it was");
    }

    /** A legitimate string the service accepted comes back exactly as sent, where the answer shows it. */
    private static void storedAsSent(Bad bad, String answer) throws IOException {
        if (bad.text() == null || answer.isEmpty()) {
            return;
        }
        JsonNode shown = JSON.readTree(answer).at(bad.pointer());
        if (shown.isTextual()) {
            assertEquals(bad.text(), shown.asText(), bad.field() + " is stored and shown as sent");
        }
    }

    /**
     * What the caller reads of the object the operation changes: the nearest GET along the path
     * ({@code /runs/{id}} for {@code POST /runs/{id}/start}), or nothing where the document has none.
     */
    private static String state(Operation op, BadInputScene.Call call) {
        String template = op.path();
        String path = call.path();
        while (template.chars().filter(c -> c == '/').count() > 3) {
            String candidate = template;
            boolean readable = document.operations().stream().anyMatch(o -> o.method().equals("GET")
                    && o.path().equals(candidate) && (o.isPublic() || o.allows(Objects.requireNonNullElse(call.role(), ""))));
            if (readable) {
                try {
                    return scene.send(call.role(), "GET", path, "", "").body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            template = template.substring(0, template.lastIndexOf('/'));
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return "";
    }

    /**
     * After an accepted request, what it set going finishes before the next count. Only a plan's search runs on after
     * the answer; what else follows a change (matching, refreshing runs) runs before the answer is sent.
     */
    private static void settle(Operation op, BadInputScene.Answer answer) throws IOException {
        if (answer.status() == 202 && op.path().endsWith("/plans")) {
            long plan = JSON.readTree(answer.body()).path("id").asLong();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    !"RUNNING".equals(Api.asAdmin().get("/api/v1/plans/" + plan).jsonPath().getString("status")));
        }
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
