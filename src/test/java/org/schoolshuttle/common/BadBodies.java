package org.schoolshuttle.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.schoolshuttle.ApiDocument;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The bad bodies of one operation, generated from its request schema and a valid body: the body as a whole
 * (malformed, not an object, empty, an unknown field), then each property the schema names, at every depth the valid
 * body reaches (a wrong type, a huge value, odd Unicode, injection strings, impossible coordinates).
 */
final class BadBodies {

    static final int HUGE = 100_000;

    /** Strings a person might legitimately type, and ones that only an attacker or a broken client sends. */
    static final List<String> ODD_TEXT = List.of(
            "\uD800 lone surrogate",
            "\u202Eevil.exe right-to-left override",
            "zero\u200Bwidth\u200Dspace",
            "\uD83D\uDE0A\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 emoji",
            "nul\u0000byte",
            "'; DROP TABLE child; --",
            "<script>alert(1)</script>");

    /** Unicode that is not text: a NUL or other control character, a lone surrogate. Refused wherever it is sent. */
    static boolean notText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return true;
                }
                i++;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /** Non-ASCII is written as \\u escapes, so a lone surrogate reaches the service as the escape a client would send. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One bad request body.
     *
     * @param field        the dotted name of the property it breaks (for "names the field"), or null for the body
     * @param pointer      where the value sits in the body, to compare with the answer when it is accepted
     * @param body         the JSON text to send, made from a fresh valid body
     * @param acceptable   whether a 2xx is a right answer (the value is legitimate or may be ignored)
     * @param text         the string sent, when an accepted one must come back as sent
     * @param contentType  the content type to send
     */
    record Bad(String label, String field, String pointer, Function<JsonNode, String> body, boolean acceptable,
               String text, String contentType) {
    }

    private final ApiDocument document;
    private final List<Bad> cases = new ArrayList<>();

    private BadBodies(ApiDocument document) {
        this.document = document;
    }

    /** Every bad body for an operation whose request schema is {@code schema}, given one valid body. */
    static List<Bad> of(ApiDocument document, JsonNode schema, JsonNode valid) {
        BadBodies bodies = new BadBodies(document);
        bodies.wholeBody(schema);
        bodies.walk(schema, valid, "", "");
        return bodies.cases;
    }

    static JsonNode tree(Object body) {
        return JSON.valueToTree(body);
    }

    static String text(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void wholeBody(JsonNode schema) {
        boolean array = "array".equals(schema.path("type").asText());
        cases.add(new Bad("malformed JSON", null, null, b -> "{\"half\": [1, 2", false, null, "application/json"));
        cases.add(new Bad("the body as a bare string", null, null, b -> "\"hello\"", false, null, "application/json"));
        cases.add(new Bad("a valid body sent as text/plain", null, null, BadBodies::text, false, null, "text/plain"));
        // A body whose fields are all optional may be left out: no body is then the same as {}.
        boolean required = array || schema.path("required").size() > 0;
        cases.add(new Bad("a JSON null body", null, null, b -> "null", !required, null, "application/json"));
        cases.add(new Bad("no body at all", null, null, b -> "", !required, null, "application/json"));
        if (array) {
            cases.add(new Bad("an object for the list", null, null, b -> "{}", false, null, "application/json"));
            return;
        }
        String firstRequired = required ? schema.path("required").get(0).asText() : null;
        cases.add(new Bad("an empty object", firstRequired, null, b -> "{}", !required, null, "application/json"));
        cases.add(new Bad("an unknown field", "unexpectedField", null,
                b -> text(((ObjectNode) b.deepCopy()).put("unexpectedField", 1)), false, null, "application/json"));
    }

    /** The property at {@code pointer} (schema {@code schema}, valid value {@code value}) and what lies below it. */
    private void walk(JsonNode schema, JsonNode value, String pointer, String field) {
        JsonNode s = document.resolve(schema);
        if (s == null) {
            return;
        }
        if (!pointer.isEmpty()) {
            property(s, value, pointer, field);
        }
        if (s.has("properties") && value != null && value.isObject()) {
            for (Iterator<String> names = s.path("properties").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                walk(s.path("properties").get(name), value.get(name), pointer + "/" + name,
                        field.isEmpty() ? name : field + "." + name);
            }
        }
        if ("array".equals(s.path("type").asText()) && value != null && value.isArray() && !value.isEmpty()) {
            walk(s.path("items"), value.get(0), pointer + "/0", field + "[0]");
        }
    }

    private void property(JsonNode s, JsonNode valid, String pointer, String field) {
        String type = s.path("type").asText("object");
        switch (type) {
            case "string" -> {
                refuse(field, pointer, "an object", NODES.objectNode());
                refuse(field, pointer, "a list", NODES.arrayNode());
                if (s.has("format") || s.has("enum")) {
                    refuse(field, pointer, "\"not-a-value\"", TextNode.valueOf("not-a-value"));
                    return;
                }
                refuse(field, pointer, HUGE + " characters", TextNode.valueOf("x".repeat(HUGE)));
                for (String odd : ODD_TEXT) {
                    if (notText(odd)) {
                        refuse(field, pointer, label(odd), TextNode.valueOf(odd));
                    } else {
                        cases.add(new Bad(field + " = " + label(odd), field, pointer, b -> with(b, pointer, TextNode.valueOf(odd)),
                                true, odd, "application/json"));
                    }
                }
            }
            case "integer" -> {
                refuse(field, pointer, "\"not-a-number\"", TextNode.valueOf("not-a-number"));
                refuse(field, pointer, "an object", NODES.objectNode());
                refuse(field, pointer, "a 30-digit number", NODES.rawValueNode(new RawValue("123456789012345678901234567890")));
            }
            case "number" -> {
                refuse(field, pointer, "\"not-a-number\"", TextNode.valueOf("not-a-number"));
                refuse(field, pointer, "an object", NODES.objectNode());
                refuse(field, pointer, "\"NaN\"", TextNode.valueOf("NaN"));
                refuse(field, pointer, "\"Infinity\"", TextNode.valueOf("Infinity"));
                refuse(field, pointer, "1e400", NODES.rawValueNode(new RawValue("1e400")));
            }
            case "boolean" -> {
                refuse(field, pointer, "\"maybe\"", TextNode.valueOf("maybe"));
                refuse(field, pointer, "an object", NODES.objectNode());
            }
            case "array" -> {
                refuse(field, pointer, "a string", TextNode.valueOf("x"));
                refuse(field, pointer, "an object", NODES.objectNode());
                hugeList(s, valid, field, pointer);
                if (isPointList(s)) {
                    points(field, pointer);
                }
            }
            default -> {
                refuse(field, pointer, "a string", TextNode.valueOf("x"));
                refuse(field, pointer, "a list", NODES.arrayNode());
                if (s.path("properties").has("lat") && s.path("properties").has("lon")) {
                    coordinates(field, pointer);
                }
            }
        }
    }

    /**
     * A list of {@link #HUGE} items: copies of the valid body's first item, or distinct numbers for a set of ids. A set
     * of objects (uniqueItems) may take the copies as the one item they are.
     */
    private void hugeList(JsonNode s, JsonNode valid, String field, String pointer) {
        JsonNode items = document.resolve(s.path("items"));
        boolean set = s.path("uniqueItems").asBoolean(false);
        boolean ids = items != null && "integer".equals(items.path("type").asText());
        JsonNode item = valid != null && valid.isArray() && !valid.isEmpty() ? valid.get(0) : sample(s.path("items"));
        ArrayNode huge = NODES.arrayNode(HUGE);
        for (int i = 0; i < HUGE; i++) {
            huge.add(set && ids ? NODES.numberNode(i + 1L) : item);
        }
        String what = HUGE + (set && ids ? " distinct ids" : " items");
        cases.add(new Bad(field + " = " + what, field, pointer, b -> with(b, pointer, huge), set && !ids, null,
                "application/json"));
    }

    /** A point {@code {lat, lon}} off the globe or not a number, in place of the valid one or where there was none. */
    private void coordinates(String field, String pointer) {
        point(field + ".lat", pointer, "lat = 91", NODES.numberNode(91), NODES.numberNode(112.2));
        point(field + ".lat", pointer, "lat = -90.5", NODES.numberNode(-90.5), NODES.numberNode(112.2));
        point(field + ".lon", pointer, "lon = 181", NODES.numberNode(30.3), NODES.numberNode(181));
        point(field + ".lat", pointer, "lat = \"NaN\"", TextNode.valueOf("NaN"), NODES.numberNode(112.2));
        point(field + ".lon", pointer, "lon = \"-Infinity\"", NODES.numberNode(30.3), TextNode.valueOf("-Infinity"));
        point(field + ".lat", pointer, "lat = 1e400", raw("1e400"), NODES.numberNode(112.2));
        point(field + ".lat", pointer, "lat = null", NODES.nullNode(), NODES.numberNode(112.2));
    }

    private void point(String field, String pointer, String what, JsonNode lat, JsonNode lon) {
        ObjectNode point = NODES.objectNode();
        point.set("lat", lat);
        point.set("lon", lon);
        refuse(field, pointer, "{" + what + "}", point);
    }

    /** A list of {@code [lat, lon]} pairs: pairs off the globe, not numbers, or not pairs. */
    private void points(String field, String pointer) {
        refuse(field, pointer, "[[91, 0]]", raw("[[91, 0]]"));
        refuse(field, pointer, "[[0, 181]]", raw("[[0, 181]]"));
        refuse(field, pointer, "[[\"NaN\", 0]]", raw("[[\"NaN\", 0]]"));
        refuse(field, pointer, "[[1e400, 0]]", raw("[[1e400, 0]]"));
        refuse(field, pointer, "[[30.3]]", raw("[[30.3]]"));
        refuse(field, pointer, "[[30.3, 112.2, 5]]", raw("[[30.3, 112.2, 5]]"));
    }

    private boolean isPointList(JsonNode array) {
        JsonNode item = document.resolve(array.path("items"));
        return item != null && "array".equals(item.path("type").asText())
                && "number".equals(document.resolve(item.path("items")).path("type").asText());
    }

    private void refuse(String field, String pointer, String what, JsonNode value) {
        cases.add(new Bad(field + " = " + what, field, pointer, b -> with(b, pointer, value), false, null, "application/json"));
    }

    /** A copy of the body with the value at the pointer, written as JSON text. */
    private static String with(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalStateException("nothing at " + pointer + " in " + body);
        }
        return text(copy);
    }

    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }

    private JsonNode sample(JsonNode items) {
        JsonNode s = document.resolve(items);
        return switch (s == null ? "" : s.path("type").asText()) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "string" -> TextNode.valueOf("x");
            case "array" -> NODES.arrayNode();
            default -> NODES.objectNode();
        };
    }

    private static String label(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(cp -> shown.append(cp < 0x20 || (cp >= 0x200B && cp <= 0x202E) || (cp >= 0xD800 && cp <= 0xDFFF)
                ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
        return shown.append('"').toString();
    }
}
