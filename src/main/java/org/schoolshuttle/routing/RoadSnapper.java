package org.schoolshuttle.routing;

import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.shapes.BBox;
import org.schoolshuttle.common.GeoPoint;

import java.util.Locale;

/** Puts points onto the road network of a profile, refusing points the profile cannot use. */
final class RoadSnapper {

    private final RoadGraph graph;
    private final double maxSnapMeters;

    RoadSnapper(RoadGraph graph, double maxSnapMeters) {
        this.graph = graph;
        this.maxSnapMeters = maxSnapMeters;
    }

    /**
     * @param field the request field reported when the point is refused
     * @throws UnroutablePointException when the point is outside the map or farther than the limit from a road
     */
    Snap snap(GeoPoint point, TravelProfile profile, String field) {
        return snap(point, graph.snapFilter(profile), profile.id(), field);
    }

    /** The nearest point where a shuttle may stop (minibus road, not motorway or trunk). */
    SnappedPoint busStop(GeoPoint point, String field) {
        return view(snap(point, graph.busStopFilter(), "a stopping shuttle", field), TravelProfile.MINIBUS);
    }

    private Snap snap(GeoPoint point, com.graphhopper.routing.util.EdgeFilter filter, String usableBy, String field) {
        BBox bounds = graph.bounds();
        if (!bounds.contains(point.lat(), point.lon())) {
            throw new UnroutablePointException(field, String.format(Locale.ROOT,
                    "is outside the map, which covers latitude %.4f to %.4f and longitude %.4f to %.4f",
                    bounds.minLat, bounds.maxLat, bounds.minLon, bounds.maxLon));
        }
        Snap snap = graph.hopper().getLocationIndex().findClosest(point.lat(), point.lon(), filter);
        if (!snap.isValid()) {
            throw new UnroutablePointException(field, "has no road or path usable by " + usableBy + " nearby");
        }
        if (snap.getQueryDistance() > maxSnapMeters) {
            throw new UnroutablePointException(field, String.format(Locale.ROOT,
                    "is %.0f m from the nearest road usable by %s; the limit is %.0f m",
                    snap.getQueryDistance(), usableBy, maxSnapMeters));
        }
        return snap;
    }

    SnappedPoint snapped(GeoPoint point, TravelProfile profile, String field) {
        return view(snap(point, profile, field), profile);
    }

    private static SnappedPoint view(Snap snap, TravelProfile profile) {
        String name = snap.getClosestEdge().getName();
        return new SnappedPoint(snap.getSnappedPoint().lat, snap.getSnappedPoint().lon,
                Math.round(snap.getQueryDistance() * 10) / 10.0, name == null || name.isBlank() ? null : name,
                profile.id());
    }
}
