package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.StreetMap;
import org.schoolshuttle.planning.TravelTimes;
import org.schoolshuttle.planning.WalkDistances;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** The planner's view of the loaded road network: bus stops, child_walk distances, minibus times. */
public final class RoadStreetMap implements StreetMap {

    private final RoadSnapper snapper;
    private final TravelMatrix matrix;
    private final BiFunction<Waypoint, Waypoint, RouteView> curbRoutes;

    /** On a graph of its own (benchmarks): curb-side legs are drawn for a right-hand door and not kept. */
    public RoadStreetMap(RoadGraph graph, double maxSnapMeters) {
        this(graph, maxSnapMeters, (from, to) -> new RoadRouter(graph, new RoadSnapper(graph, maxSnapMeters))
                .route(from, to, TravelProfile.MINIBUS_CURB, Locale.ROOT, "", RoutingConfig.DoorSide.RIGHT.value));
    }

    RoadStreetMap(RoadGraph graph, double maxSnapMeters, BiFunction<Waypoint, Waypoint, RouteView> curbRoutes) {
        this.snapper = new RoadSnapper(graph, maxSnapMeters);
        this.matrix = new TravelMatrix(graph, snapper);
        this.curbRoutes = curbRoutes;
    }

    @Override
    public Optional<Leg> curbLeg(GeoPoint from, GeoPoint fromSide, GeoPoint to, GeoPoint toSide) {
        try {
            RouteView leg = curbRoutes.apply(new Waypoint(from, fromSide), new Waypoint(to, toSide));
            return Optional.of(new Leg(leg.durationSeconds(), leg.distanceMeters()));
        } catch (UnroutablePointException | NoConnectionException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<NamedPoint> busStopNear(GeoPoint home) {
        try {
            SnappedPoint stop = snapper.busStop(home, "home");
            return Optional.of(new NamedPoint(new GeoPoint(stop.lat(), stop.lon()),
                    stop.roadName() == null ? "" : stop.roadName()));
        } catch (UnroutablePointException e) {
            return Optional.empty();
        }
    }

    @Override
    public WalkDistances walking(List<GeoPoint> homes, List<GeoPoint> stops) {
        return new RoadWalkDistances(matrix.compute(TravelProfile.CHILD_WALK, homes, stops));
    }

    @Override
    public TravelTimes driving(List<GeoPoint> points) {
        return new RoadTravelTimes(matrix.compute(TravelProfile.MINIBUS, points, points));
    }
}
