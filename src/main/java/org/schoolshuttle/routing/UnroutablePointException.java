package org.schoolshuttle.routing;

import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.ProblemException;

import java.util.List;

/** A well-formed point the road network cannot use: outside the map, or too far from any usable road. */
public class UnroutablePointException extends ProblemException {

    public UnroutablePointException(String field, String reason) {
        super(422, "point-not-routable", "Point cannot be routed", field + " " + reason,
                List.of(new FieldError(field, reason)));
    }
}
