package org.schoolshuttle.common;

/** One rejected input: the request field (query parameter, JSON path) and why it was rejected. */
public record FieldError(String field, String reason) {
}
