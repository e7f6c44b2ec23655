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

    /**
     * The drive from one point to the next that keeps each end's {@code side} (a point beside the road where the
     * stop's families live; null for either side) at the vehicle's door where the roads allow it, turns included.
     * Empty where the map cannot tell sides (the plane of the benchmarks) or no such drive exists.
     */
    default Optional<Leg> curbLeg(GeoPoint from, GeoPoint fromSide, GeoPoint to, GeoPoint toSide) {
        return Optional.empty();
    }

    /** A drive's time and length. */
    record Leg(double seconds, double metres) {
    }

    /** A point on the road network and the name of its road (blank when the road has none). */
    record NamedPoint(GeoPoint point, String name) {
    }
}
