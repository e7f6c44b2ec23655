package org.schoolshuttle.common;

import java.util.List;

/**
 * The object does not exist, or exists outside what the caller may see: both answer the same 404, so
 * nobody learns that another family's or village's object exists.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist or is not yours to see.", List.of());
    }
}
