package org.schoolshuttle.routing;

import org.schoolshuttle.common.ProblemException;

import java.util.List;

/** Both points are on the map but no road or path of the profile joins them. */
public class NoConnectionException extends ProblemException {

    public NoConnectionException(String detail) {
        super(422, "no-connection", "No connection", detail, List.of());
    }
}
