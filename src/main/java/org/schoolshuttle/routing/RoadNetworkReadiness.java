package org.schoolshuttle.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is down until the road graph is loaded (the database check comes with the datasource). */
@Readiness
@ApplicationScoped
public class RoadNetworkReadiness implements HealthCheck {

    private final RoadNetwork network;

    RoadNetworkReadiness(RoadNetwork network) {
        this.network = network;
    }

    @Override
    public HealthCheckResponse call() {
        if (network.isReady()) {
            RoadGraph graph = network.graph();
            return HealthCheckResponse.named("road-network").up()
                    .withData("extract", graph.osmFile().getFileName().toString())
                    .withData("cacheKey", graph.cacheKey())
                    .build();
        }
        return HealthCheckResponse.named("road-network").down()
                .withData("state", network.failure() == null ? "loading" : "failed: " + network.failure())
                .build();
    }
}
