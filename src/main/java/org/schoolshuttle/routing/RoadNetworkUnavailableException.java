package org.schoolshuttle.routing;

import org.schoolshuttle.common.ProblemException;

import java.util.List;

/** The road network is still loading, or failed to load; answered with 503 so clients retry later. */
public class RoadNetworkUnavailableException extends ProblemException {

    public RoadNetworkUnavailableException(String detail) {
        super(503, "road-network-unavailable", "Road network unavailable", detail, List.of());
    }
}
