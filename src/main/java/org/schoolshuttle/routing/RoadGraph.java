package org.schoolshuttle.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * A loaded road network: the prepared GraphHopper graph of one extract and the offline geocoder built
 * from the same extract. Immutable and safe to share between threads once open.
 */
public final class RoadGraph implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RoadGraph.class);

    private final GraphHopper hopper;
    private final GeocoderIndex geocoder;
    private final String cacheKey;
    private final Path osmFile;
    private final Duration loadTime;
    private final Map<TravelProfile, Weighting> weightings = new EnumMap<>(TravelProfile.class);
    private final Map<TravelProfile, EdgeFilter> snapFilters = new EnumMap<>(TravelProfile.class);
    private final Map<TravelProfile, ContractedDistances> contractedDistances = new EnumMap<>(TravelProfile.class);
    private final EdgeFilter busStopFilter;

    private RoadGraph(GraphHopper hopper, GeocoderIndex geocoder, String cacheKey, Path osmFile, Duration loadTime) {
        this.hopper = hopper;
        this.geocoder = geocoder;
        this.cacheKey = cacheKey;
        this.osmFile = osmFile;
        this.loadTime = loadTime;
        for (TravelProfile profile : TravelProfile.values()) {
            Weighting weighting = hopper.createWeighting(hopper.getProfile(profile.id()), new PMap());
            weightings.put(profile, weighting);
            snapFilters.put(profile, new DefaultSnapFilter(weighting,
                    hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.id()))));
            if (profile.contracted()) {
                contractedDistances.put(profile, new ContractedDistances(hopper.getCHGraphs().get(profile.id())));
            }
        }
        busStopFilter = new BusStopFilter(snapFilters.get(TravelProfile.MINIBUS),
                hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class));
    }

    /**
     * Opens the extract, importing it into {@code graphDir} on first use or when it or the profiles changed.
     *
     * @throws IOException when the extract is missing or cannot be imported
     */
    public static RoadGraph open(Path osmFile, Path graphDir) throws IOException {
        long start = System.nanoTime();
        GraphCache cache = new GraphCache(osmFile, graphDir);
        GraphHopper hopper = cache.loadOrImport();
        GeocoderIndex geocoder = GeocoderIndex.load(cache.folder().resolve(GraphCache.GEOCODER_FILE));
        RoadGraph graph = new RoadGraph(hopper, geocoder, cache.key(), osmFile, Duration.ofNanos(System.nanoTime() - start));
        LOG.infof("Road network of %s ready in %.1f s: %d nodes, %d edges", osmFile.getFileName(),
                graph.loadTime.toMillis() / 1000.0, hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
        return graph;
    }

    GraphHopper hopper() {
        return hopper;
    }

    public GeocoderIndex geocoder() {
        return geocoder;
    }

    Weighting weighting(TravelProfile profile) {
        return weightings.get(profile);
    }

    EdgeFilter snapFilter(TravelProfile profile) {
        return snapFilters.get(profile);
    }

    /** Where a shuttle may stop: see {@link BusStopFilter}. */
    EdgeFilter busStopFilter() {
        return busStopFilter;
    }

    RoutingCHGraph contracted(TravelProfile profile) {
        return hopper.getCHGraphs().get(profile.id());
    }

    ContractedDistances contractedDistances(TravelProfile profile) {
        return contractedDistances.get(profile);
    }

    public BBox bounds() {
        return hopper.getBaseGraph().getBounds();
    }

    public String cacheKey() {
        return cacheKey;
    }

    public Path osmFile() {
        return osmFile;
    }

    public Duration loadTime() {
        return loadTime;
    }

    @Override
    public void close() {
        hopper.close();
    }
}
