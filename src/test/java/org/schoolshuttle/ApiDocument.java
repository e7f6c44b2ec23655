package org.schoolshuttle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document the running service publishes at {@code /q/openapi}, read as its list of operations, so that
 * tests generated from it cover every endpoint, the ones added after the test was written too.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument fetch() {
        String json = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, ordered by path and method. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue(), this));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node != null && node.has("$ref")) {
            String name = node.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            node = root.path("components").path("schemas").get(name);
        }
        return node;
    }

    /**
     * One operation of the document.
     *
     * @param node the operation object as the document has it
     */
    public record Operation(String method, String path, JsonNode node, ApiDocument document) {

        /** "POST /api/v1/children", the way tests and failures name it. */
        public String name() {
            return method + " " + path;
        }

        /** No security requirement: anyone may call it without logging in. */
        public boolean isPublic() {
            return !node.has("security");
        }

        /**
         * The roles its security requirements list (the {@code @RolesAllowed} roles); empty when any signed-in
         * account may call it ({@code @Authenticated}) or when it is public.
         */
        public Set<String> roles() {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonNode requirement : node.path("security")) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
            }
            return roles;
        }

        /** Whether a signed-in account of this role may call it, by the document. */
        public boolean allows(String role) {
            return !isPublic() && (roles().isEmpty() || roles().contains(role));
        }

        public boolean changesSomething() {
            return !"GET".equals(method);
        }

        /** The schema of its JSON request body, resolved; null when it takes none. */
        public JsonNode jsonBody() {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").get("schema");
            return schema == null ? null : document.resolve(schema);
        }

        /** Whether it takes a request body of any kind. */
        public boolean takesBody() {
            return node.has("requestBody");
        }

        /** Its path parameters, each with its resolved schema. */
        public List<JsonNode> pathParameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    parameters.add(p);
                }
            });
            return parameters;
        }

        /** The answers the document lists, by status. */
        public Set<String> responses() {
            Set<String> statuses = new LinkedHashSet<>();
            node.path("responses").fieldNames().forEachRemaining(statuses::add);
            return statuses;
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
