package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/**
 * 清水河 (Qingshui River), flowing west to east about two kilometres north of the town. Its nodes belong to
 * no road; the county roads that cross it bridge it (see {@link Roads}).
 */
final class River {

    static final double WEST_X = -5000;
    static final double EAST_X = 7000;
    private static final Tags TAGS = Tags.of("waterway", "river").and(Tags.named("清水河", "Qingshui River"));

    private River() {
    }

    static Polyline add(OsmData data) {
        List<Xy> points = new ArrayList<>();
        for (double x = WEST_X; x <= EAST_X; x += 100) {
            points.add(new Xy(x, northOf(x)));
        }
        data.way(points.stream().map(point -> data.node(point, Tags.NONE)).toList(), TAGS);
        return new Polyline(points);
    }

    // Gentle meanders, so the two bridges cross it at different angles, and never nearer the town than 1.5 km.
    static double northOf(double x) {
        return 2300 + 180 * StrictMath.sin(x / 700) + 0.03 * x;
    }
}
