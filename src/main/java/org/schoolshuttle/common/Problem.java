package org.schoolshuttle.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The RFC 9457 {@code application/problem+json} body every failure is answered with.
 *
 * @param type   a stable URI naming the kind of problem; clients switch on it, not on the title
 * @param errors the offending fields, empty when the problem is not about one field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://schoolshuttle.org/problems/";

    public static Problem of(String slug, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors == null ? List.of() : errors);
    }
}
