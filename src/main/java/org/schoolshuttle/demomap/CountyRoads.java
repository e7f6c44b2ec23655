package org.schoolshuttle.demomap;

import java.util.List;

/**
 * The county roads (县道) from the edge of town to each village. X103 is the one road that meets the trunk
 * at grade, through the signalled junction; the others bridge the trunk or the river where they cross it.
 */
final class CountyRoads {

    private record Plan(String ref, String chinese, String english, String highway, List<Xy> keys) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("X101", "青柳县道", "Qingliu County Road", "tertiary", List.of(
                    new Xy(0, 500), new Xy(-350, 1500), new Xy(-600, 2500), VillagePlans.LIUHE.entry())),
            new Plan("X102", "青东县道", "Qingdong County Road", "secondary", List.of(
                    new Xy(600, 0), VillagePlans.SONGPO_EXIT, VillagePlans.DONGLING.entry())),
            new Plan("X103", "青南县道", "Qingnan County Road", "secondary", List.of(
                    new Xy(300, -500), Trunk.SIGNALLED_JUNCTION, new Xy(650, -2400), VillagePlans.NANWAN.entry())),
            new Plan("X104", "青桃县道", "Qingtao County Road", "tertiary", List.of(
                    new Xy(-600, -500), new Xy(-1300, -2200), VillagePlans.TAOYUAN.entry())),
            new Plan("X105", "青杨县道", "Qingyang County Road", "tertiary", List.of(
                    new Xy(-600, 0), new Xy(-1600, -300), VillagePlans.YANGJIAWAN.entry())),
            new Plan("X106", "青桥县道", "Qingqiao County Road", "tertiary", List.of(
                    new Xy(600, 500), new Xy(1600, 1500), new Xy(2200, 3000), VillagePlans.SHIQIAO.entry())));

    private CountyRoads() {
    }

    static void add(Roads roads, Polyline river, Polyline trunk) {
        for (Plan plan : PLANS) {
            Tags tags = Tags.of("highway", plan.highway(), "ref", plan.ref())
                    .and(Tags.named(plan.chinese(), plan.english())).and("maxspeed", "60");
            // X103 runs through the junction node itself; asking for a bridge there would be a contradiction.
            List<Polyline> obstacles = plan.keys().contains(Trunk.SIGNALLED_JUNCTION)
                    ? List.of(river) : List.of(river, trunk);
            roads.add(Curve.through(plan.keys(), 0.06, 150), tags, obstacles);
        }
    }
}
