package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.StreetMap;
import org.schoolshuttle.planning.TravelTimes;
import org.schoolshuttle.planning.WalkDistances;

import java.util.List;
import java.util.Optional;

/** The planner's view of the loaded road network: bus stops, child_walk distances, minibus times. */
public final class RoadStreetMap implements StreetMap {

    private final RoadSnapper snapper;
    private final TravelMatrix matrix;

    public RoadStreetMap(RoadGraph graph, double maxSnapMeters) {
        this.snapper = new RoadSnapper(graph, maxSnapMeters);
        this.matrix = new TravelMatrix(graph, snapper);
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
