package org.schoolshuttle.demomap;

import java.util.List;

/**
 * Tracks between neighbouring villages, a farm's service road, and the footpath children take from 杨家湾
 * (Yangjiawan) into town, which is a good kilometre shorter than its county road.
 */
final class FarmWays {

    private static final Tags TRACK = Tags.of("highway", "track", "tracktype", "grade2", "surface", "gravel");

    private FarmWays() {
    }

    static void add(Roads roads) {
        track(roads, VillagePlans.LIUHE.lane(1).end(), VillagePlans.SHIQIAO.entry());
        track(roads, VillagePlans.SHIQIAO.lane(2).end(), VillagePlans.WANGJIATAI.entry());
        track(roads, VillagePlans.TAOYUAN.entry(), VillagePlans.NANWAN.lane(0).start());
        Xy farm = VillagePlans.DONGLING.lane(2).end().plus(new Xy(470, -210));
        roads.add(Curve.straight(60, VillagePlans.DONGLING.lane(2).end(), farm),
                Tags.of("highway", "service"), List.of());
        roads.add(Curve.through(List.of(VillagePlans.YANGJIAWAN.lane(0).end(), new Xy(-600, 500)), 0.02, 80),
                Tags.of("highway", "path", "foot", "designated").and(Tags.named("杨家湾小路", "Yangjiawan Footpath")),
                List.of());
    }

    private static void track(Roads roads, Xy from, Xy to) {
        roads.add(Curve.through(List.of(from, to), 0.04, 100), TRACK, List.of());
    }
}
