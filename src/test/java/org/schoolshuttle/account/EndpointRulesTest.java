package org.schoolshuttle.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schoolshuttle.ApiDocument;
import org.schoolshuttle.ApiDocument.Operation;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.account.AccessFixture.Who;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The role rules of every operation, generated from the OpenAPI document: each operation's security requirement
 * lists the roles of its {@code @RolesAllowed} ({@code quarkus.smallrye-openapi.security-scheme=basic}), and each is
 * called anonymously and as one account of every role. A new endpoint without a role rule fails here unless it is
 * listed below as public. Which objects a caller may reach within its role is {@link AccessMatrixTest}'s business.
 */
@QuarkusTest
class EndpointRulesTest {

    /**
     * The operations anyone may call without logging in, each with the reason. Everything else in the document must
     * name its roles; an operation without a rule that is not here fails {@link #everyOperationHasARoleRule()}.
     * (Health, metrics and the document itself live under /q, outside the API's document.)
     */
    private static final Map<String, String> PUBLIC = Map.of(
            "POST /api/v1/accounts/parents", "a family signs up for its first log-in",
            "POST /api/v1/invitations/accept", "a driver chooses a log-in with the one-time code from the coordinator",
            "GET /calendar/{file}", "calendar apps cannot sign in: the link's 256-bit secret is the key");

    /** A path id no object has: an allowed caller gets 404 (or 400), never 401, 403 or 5xx. */
    private static final String NO_SUCH_ID = "999999999";
    private static final String MALFORMED_JSON = "{\"not\": json";

    private static ApiDocument document;
    private static AccessFixture fixture;

    @BeforeEach
    void oneAccountOfEveryRole() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        if (document == null) {
            document = ApiDocument.fetch();
        }
        if (fixture == null) {
            fixture = AccessFixture.create();
        }
    }

    @Test
    void everyOperationHasARoleRule() {
        List<String> unruled = document.operations().stream()
                .filter(op -> op.isPublic() && !PUBLIC.containsKey(op.name()))
                .map(Operation::name).toList();
        assertTrue(unruled.isEmpty(), "operations without a role rule: " + unruled + ". Give each @RolesAllowed (or"
                + " @Authenticated), or, if anyone may truly call it without logging in, add it with the reason to"
                + " EndpointRulesTest.PUBLIC.");
        Set<String> names = document.operations().stream().map(Operation::name).collect(Collectors.toSet());
        List<String> stale = PUBLIC.keySet().stream().filter(name -> !names.contains(name)).sorted().toList();
        assertTrue(stale.isEmpty(), "EndpointRulesTest.PUBLIC names operations the document no longer has: " + stale);
        List<String> publicWithRoles = PUBLIC.keySet().stream().filter(names::contains)
                .filter(name -> !operation(name).isPublic()).toList();
        assertTrue(publicWithRoles.isEmpty(), "listed as public but requiring a log-in: " + publicWithRoles);
    }

    @Test
    void theDocumentNamesOnlyRolesThereAreAndTheirRefusals() {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        for (Operation op : document.operations()) {
            assertTrue(roles.containsAll(op.roles()), op + " names a role there is not: " + op.roles());
            if (!op.isPublic()) {
                assertTrue(op.responses().containsAll(List.of("401", "403")), op + " documents 401 and 403: " + op.responses());
            }
        }
        // The document is read, not assumed: the family's own endpoints are for parents alone, the accounts of
        // coordinators for administrators.
        assertEquals(Set.of("PARENT"), operation("POST /api/v1/children").roles());
        assertEquals(Set.of("ADMIN"), operation("POST /api/v1/accounts/coordinators").roles());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryRole() {
        return document.operations().stream().flatMap(op -> {
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(dynamicTest(op.name() + " as ANONYMOUS → " + (op.isPublic() ? "answered" : "401"),
                    () -> check(op, Who.ANONYMOUS, op.isPublic())));
            for (Role role : Role.values()) {
                boolean allowed = op.isPublic() || op.allows(role.name());
                tests.add(dynamicTest(op.name() + " as " + role + " → " + (allowed ? "answered" : "403"),
                        () -> check(op, Who.valueOf(role.name()), allowed)));
            }
            return tests.stream();
        });
    }

    /**
     * A change refused to a caller is refused before its body is read: nobody learns from validation errors what an
     * endpoint expects, and no body is parsed for a caller who may not send one.
     */
    @TestFactory
    Stream<DynamicTest> changesAreRefusedBeforeTheBodyIsRead() {
        return document.operations().stream().filter(op -> op.changesSomething() && op.jsonBody() != null && !op.isPublic())
                .flatMap(op -> {
                    List<DynamicTest> tests = new ArrayList<>();
                    tests.add(dynamicTest(op.name() + " as ANONYMOUS with malformed JSON → 401",
                            () -> refusedBeforeBody(op, Who.ANONYMOUS, 401)));
                    Arrays.stream(Role.values()).filter(role -> !op.allows(role.name())).findFirst().ifPresent(role ->
                            tests.add(dynamicTest(op.name() + " as " + role + " with malformed JSON → 403",
                                    () -> refusedBeforeBody(op, Who.valueOf(role.name()), 403))));
                    return tests.stream();
                });
    }

    private void check(Operation op, Who who, boolean allowed) {
        Response response = fixture.call(who, op.method(), pathOf(op), op.takesBody() ? "{}" : null);
        int status = response.statusCode();
        if (allowed) {
            assertTrue(status != 401 && status != 403 && status < 500,
                    op + " as " + who + " is allowed by the document, but answered " + status + ": " + response.asString());
            return;
        }
        int expected = who == Who.ANONYMOUS ? 401 : 403;
        if (status != expected) {
            fail(op + " as " + who + " answered " + status + ", not " + expected + ": " + response.asString());
        }
        response.then().contentType("application/problem+json").body("status", equalTo(expected));
    }

    private void refusedBeforeBody(Operation op, Who who, int expected) {
        fixture.call(who, op.method(), pathOf(op), MALFORMED_JSON).then().statusCode(expected)
                .contentType("application/problem+json");
    }

    /** The operation's path with a value of the right kind for each path parameter, naming no object. */
    private static String pathOf(Operation op) {
        String path = op.path();
        for (JsonNode parameter : op.pathParameters()) {
            JsonNode schema = document.resolve(parameter.path("schema"));
            String type = schema == null ? "string" : schema.path("type").asText("string");
            String value = switch (type) {
                case "integer", "number" -> NO_SUCH_ID;
                default -> "date".equals(schema.path("format").asText()) ? "2031-01-06" : "no-such-thing";
            };
            path = path.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return path;
    }

    private static Operation operation(String name) {
        return document.operations().stream().filter(op -> op.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the document has no " + name));
    }
}
