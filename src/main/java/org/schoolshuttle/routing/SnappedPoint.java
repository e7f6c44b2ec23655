package org.schoolshuttle.routing;

/**
 * A point put onto the road network.
 *
 * @param distanceMeters from the query point to the snapped point
 * @param roadName       name of the road snapped to, {@code null} for an unnamed road
 */
public record SnappedPoint(double lat, double lon, double distanceMeters, String roadName, String profile) {
}
