package org.schoolshuttle.common;

import java.util.List;

/**
 * A failure the client can act on. Features throw a subclass; {@link ProblemMapper} turns it into
 * problem+json with the status, title and fields carried here.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public Problem toProblem() {
        return Problem.of(slug, title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
