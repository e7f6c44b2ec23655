package org.schoolshuttle.routing;

import java.util.List;

/**
 * A route between two points.
 *
 * @param geometry    the path as a GeoJSON LineString
 * @param roadClasses the road class of each stretch of {@code geometry}, by point index (inclusive)
 * @param attribution the credit the map data requires wherever this route is shown
 */
public record RouteView(String profile, double distanceMeters, double durationSeconds, LineString geometry,
                        List<Step> instructions, List<RoadClassStretch> roadClasses, String attribution) {

    public RouteView {
        // Kept routes are shared between requests (RecentRoutes).
        instructions = List.copyOf(instructions);
        roadClasses = List.copyOf(roadClasses);
    }

    /** One turn-by-turn instruction and the stretch it covers. */
    public record Step(String text, double distanceMeters, double durationSeconds) {
    }

    /** The points {@code fromIndex..toIndex} of the geometry run along roads of {@code roadClass}. */
    public record RoadClassStretch(int fromIndex, int toIndex, String roadClass) {
    }
}
