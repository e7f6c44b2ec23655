package org.schoolshuttle.routing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * The application's road network. Loading (or importing, on first start) runs in the background so
 * the service answers health checks at once; readiness stays down and routing answers 503 until done.
 */
@ApplicationScoped
public class RoadNetwork {

    private static final Logger LOG = Logger.getLogger(RoadNetwork.class);

    private final RoutingConfig config;
    private final Event<RoadNetworkLoaded> loaded;
    private volatile RoadGraph graph;
    private volatile String failure;

    RoadNetwork(RoutingConfig config, Event<RoadNetworkLoaded> loaded) {
        this.config = config;
        this.loaded = loaded;
    }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "road-network-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        RoadGraph open = graph;
        if (open != null) {
            open.close();
        }
    }

    private void load() {
        try {
            graph = RoadGraph.open(Path.of(config.osmFile()), Path.of(config.graphDir()));
        } catch (Exception | OutOfMemoryError e) {
            failure = e.getMessage();
            LOG.errorf(e, "The road network could not be loaded from %s", config.osmFile());
            return;
        }
        try {
            loaded.fire(new RoadNetworkLoaded(graph.osmFile().getFileName().toString()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "A task waiting for the road network failed");
        }
    }

    /** Whether routing can be served. */
    public boolean isReady() {
        return graph != null;
    }

    /** Why loading failed, or {@code null} while loading or once loaded. */
    public String failure() {
        return failure;
    }

    /**
     * @throws RoadNetworkUnavailableException while the network is loading or after loading failed
     */
    public RoadGraph graph() {
        RoadGraph loaded = graph;
        if (loaded == null) {
            throw new RoadNetworkUnavailableException(failure == null
                    ? "The road network is still loading; try again in a minute."
                    : "The road network could not be loaded: " + failure);
        }
        return loaded;
    }
}
