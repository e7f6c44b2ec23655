package org.schoolshuttle.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the road network, under {@code shuttle.routing}. */
@ConfigMapping(prefix = "shuttle.routing")
public interface RoutingConfig {

    /** The OpenStreetMap extract to route on: PBF, XML or gzipped XML. Env: SHUTTLE_ROUTING_OSM_FILE. */
    @WithDefault("routing-data/demo-township.osm.gz")
    String osmFile();

    /** Folder holding prepared graphs, one sub-folder per extract checksum and profile configuration. */
    @WithDefault("data/graph-cache")
    String graphDir();

    /** Largest number of sources, and of targets, one matrix request may carry. */
    @WithDefault("1000")
    int matrixMaxPoints();

    /** Largest distance in metres from a query point to the road it is snapped to. */
    @WithDefault("1000")
    double maxSnapDistanceMeters();

    /** Attribution that must accompany any route, map or data derived from the extract (ODbL). */
    @WithDefault("© OpenStreetMap contributors")
    String attribution();

    /**
     * The side of the vehicle children get on and off, which their side of the road is kept on at a stop:
     * {@code right} where traffic keeps right (mainland China, Germany), {@code left} where it keeps left.
     */
    @WithDefault("right")
    DoorSide doorSide();

    enum DoorSide {
        RIGHT("right"), LEFT("left");

        final String value;

        DoorSide(String value) {
            this.value = value;
        }
    }
}
