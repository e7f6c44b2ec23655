package org.schoolshuttle.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** The routing use cases the rest of the service and the API call. */
@ApplicationScoped
public class RoutingService {

    private final RoadNetwork network;
    private final RoutingConfig config;
    private final RecentRoutes kept = new RecentRoutes(5_000);

    RoutingService(RoadNetwork network, RoutingConfig config) {
        this.network = network;
        this.config = config;
    }

    public RouteView route(GeoPoint from, GeoPoint to, TravelProfile profile, Locale locale) {
        RoadGraph graph = network.graph();
        return new RoadRouter(graph, snapper(graph)).route(from, to, profile, locale, config.attribution());
    }

    /**
     * A route between points the service keeps (a child's home and their stop, a run's stops), drawn once and
     * reused until a point moves or the map is replaced. Not for points a caller types: those are always drawn.
     */
    public RouteView keptRoute(GeoPoint from, GeoPoint to, TravelProfile profile, Locale locale) {
        RoadGraph graph = network.graph();
        return kept.route(graph, from, to, profile, locale,
                () -> new RoadRouter(graph, snapper(graph)).route(from, to, profile, locale, config.attribution()));
    }

    /**
     * A leg of a shuttle route between kept points that keeps each stop's families on the door side where the roads
     * allow (turn costs included: a U-turn or a loop round the block costs time), kept like {@link #keptRoute}.
     */
    public RouteView keptCurbRoute(Waypoint from, Waypoint to, Locale locale) {
        RoadGraph graph = network.graph();
        return kept.route(graph, from.query(), to.query(), TravelProfile.MINIBUS_CURB, locale,
                () -> new RoadRouter(graph, snapper(graph)).route(from, to, TravelProfile.MINIBUS_CURB, locale,
                        config.attribution(), config.doorSide().value));
    }

    public SnappedPoint snap(GeoPoint point, TravelProfile profile) {
        return snap(point, profile, "point");
    }

    /**
     * @param field the request field named when the point is refused
     * @throws UnroutablePointException when the point is outside the map or too far from a usable road
     */
    public SnappedPoint snap(GeoPoint point, TravelProfile profile, String field) {
        RoadGraph graph = network.graph();
        return snapper(graph).snapped(point, profile, field);
    }

    /** The place an address names, if the map knows one that matches every word of it. */
    public java.util.Optional<GeocodedPlace> geocodeExactly(String address, Locale locale) {
        try {
            return network.graph().geocoder().exactMatch(address, locale);
        } catch (IllegalArgumentException unusableQuery) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @throws InvalidInputException when either list is empty or longer than {@code shuttle.routing.matrix-max-points}
     */
    public MatrixView matrix(TravelProfile profile, List<GeoPoint> sources, List<GeoPoint> targets) {
        checkSize("sources", sources);
        checkSize("targets", targets);
        RoadGraph graph = network.graph();
        return new TravelMatrix(graph, snapper(graph)).compute(profile, sources, targets)
                .toView(profile.id(), config.attribution());
    }

    /** Every street address the map knows, with labels in the given language. */
    public List<GeocodedPlace> addresses(Locale locale) {
        return network.graph().geocoder().all("address", locale);
    }

    /**
     * The travel times between every pair of points, for the planner. Unlike the API's matrix there is no
     * size limit: plans of a whole county need a few thousand points.
     *
     * @throws UnroutablePointException naming {@code points[i]} when a point cannot be placed on the network
     */
    public org.schoolshuttle.planning.TravelTimes travelTimes(TravelProfile profile, List<GeoPoint> points) {
        RoadGraph graph = network.graph();
        return new RoadTravelTimes(new TravelMatrix(graph, snapper(graph)).compute(profile, points, points));
    }

    /**
     * The nearest place a shuttle may stop for a point: a road the minibus uses, never a motorway or trunk.
     *
     * @throws UnroutablePointException when there is no such road near the point
     */
    public SnappedPoint busStop(GeoPoint point, String field) {
        RoadGraph graph = network.graph();
        return snapper(graph).busStop(point, field);
    }

    /** Walking distances (child_walk) from every home to every candidate stop; infinite where no safe walk exists. */
    public org.schoolshuttle.planning.WalkDistances walkDistances(List<GeoPoint> homes, List<GeoPoint> stops) {
        RoadGraph graph = network.graph();
        return new RoadWalkDistances(new TravelMatrix(graph, snapper(graph)).compute(TravelProfile.CHILD_WALK, homes, stops));
    }

    /** The loaded road network as the school planner sees it. */
    public org.schoolshuttle.planning.StreetMap streetMap() {
        return new RoadStreetMap(network.graph(), config.maxSnapDistanceMeters(),
                (from, to) -> keptCurbRoute(from, to, Locale.ROOT));
    }

    public MapInfo info() {
        RoadGraph graph = network.graph();
        return MapInfo.of(graph, config.attribution());
    }

    private void checkSize(String field, List<GeoPoint> points) {
        if (points.isEmpty()) {
            throw new InvalidInputException(field, "must list at least one point");
        }
        if (points.size() > config.matrixMaxPoints()) {
            throw new InvalidInputException(field, "at most " + config.matrixMaxPoints()
                    + " points per matrix, got " + points.size());
        }
    }

    private RoadSnapper snapper(RoadGraph graph) {
        return new RoadSnapper(graph, config.maxSnapDistanceMeters());
    }
}
