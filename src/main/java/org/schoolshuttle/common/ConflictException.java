package org.schoolshuttle.common;

import java.util.List;

/** The request clashes with what is already stored (a duplicate, a used code); nothing was changed. */
public class ConflictException extends ProblemException {

    public ConflictException(String field, String reason) {
        super(409, "conflict", "Conflict", field + ": " + reason, List.of(new FieldError(field, reason)));
    }
}
