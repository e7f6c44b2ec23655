package org.schoolshuttle.common;

import java.util.List;

/** A request value that is malformed or out of range; answered with 400 naming the field. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String reason) {
        super(400, "invalid-input", "Invalid input", field + ": " + reason, List.of(new FieldError(field, reason)));
    }
}
