package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.List;
import java.util.Optional;

/**
 * What the school planner needs to know of the roads: where a shuttle may stop near a home, how far children
 * walk safely, how long the minibus drives. Implemented by {@code routing} on the real road network.
 */
public interface StreetMap {

    /** The nearest point a shuttle may stop at (never a motorway or trunk), named after its road; empty when none is near. */
    Optional<NamedPoint> busStopNear(GeoPoint home);

    /** Safe walking distances (child_walk) from each home to each stop. */
    WalkDistances walking(List<GeoPoint> homes, List<GeoPoint> stops);

    /** Minibus driving distances and times between every pair of points. */
    TravelTimes driving(List<GeoPoint> points);

    /** A point on the road network and the name of its road (blank when the road has none). */
    record NamedPoint(GeoPoint point, String name) {
    }
}
