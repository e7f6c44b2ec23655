package org.schoolshuttle.demomap;

import java.util.List;

/**
 * National road G318, dead straight across the map 1.35 km south of the town. It meets the local roads at
 * exactly one node, the signalled junction with county road X103; everything else crosses it on a bridge.
 */
final class Trunk {

    static final Xy SIGNALLED_JUNCTION = new Xy(500, southOf(500));
    private static final Xy WEST_END = new Xy(River.WEST_X, southOf(River.WEST_X));
    private static final Xy EAST_END = new Xy(River.EAST_X, southOf(River.EAST_X));
    private static final Tags TAGS = Tags.of("highway", "trunk", "ref", "G318")
            .and(Tags.named("318国道", "National Road G318"))
            .and(Tags.of("maxspeed", "80", "oneway", "no", "lanes", "2"));
    private static final Tags CROSSING = Tags.of("highway", "footway", "footway", "crossing",
            "crossing", "traffic_signals");

    private Trunk() {
    }

    static Polyline add(OsmData data, Roads roads) {
        data.junction(SIGNALLED_JUNCTION, Tags.of("highway", "traffic_signals"));
        Polyline line = Curve.straight(200, WEST_END, SIGNALLED_JUNCTION, EAST_END);
        roads.add(line, TAGS, List.of());
        // The marked crossing runs through the junction node, a little east of X103 so the two stay apart.
        Xy along = EAST_END.minus(WEST_END).unit();
        Xy north = SIGNALLED_JUNCTION.plus(along.times(8)).plus(along.left().times(12));
        Xy south = SIGNALLED_JUNCTION.plus(along.times(8)).plus(along.left().times(-12));
        roads.add(Curve.straight(50, north, SIGNALLED_JUNCTION, south), CROSSING, List.of());
        return line;
    }

    static double southOf(double x) {
        return -1350 + 0.06 * x;
    }
}
