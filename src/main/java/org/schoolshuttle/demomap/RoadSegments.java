package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/** Every straight piece of road drawn so far with its street name, so homes can keep clear of other streets. */
final class RoadSegments {

    private record Segment(Xy from, Xy to, String name) {
    }

    private final List<Segment> segments = new ArrayList<>();

    void add(Polyline line, String name) {
        for (int i = 0; i + 1 < line.points().size(); i++) {
            segments.add(new Segment(line.points().get(i), line.points().get(i + 1), name == null ? "" : name));
        }
    }

    /** Metres from {@code point} to the nearest road that is not called {@code street}. */
    double distanceToOtherThan(String street, Xy point) {
        double nearest = Double.MAX_VALUE;
        for (Segment segment : segments) {
            if (!segment.name().equals(street)) {
                nearest = Math.min(nearest, distance(point, segment.from(), segment.to()));
            }
        }
        return nearest;
    }

    private static double distance(Xy point, Xy from, Xy to) {
        Xy along = to.minus(from);
        Xy offset = point.minus(from);
        double fraction = (offset.x() * along.x() + offset.y() * along.y())
                / (along.x() * along.x() + along.y() * along.y());
        return point.distanceTo(from.towards(to, Math.max(0, Math.min(1, fraction))));
    }
}
