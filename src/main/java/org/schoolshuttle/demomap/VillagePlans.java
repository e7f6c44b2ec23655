package org.schoolshuttle.demomap;

import static org.schoolshuttle.demomap.Lane.lane;

import java.util.List;

/**
 * The eight villages and hamlets around the town. Where each one sits is the point: two lie beyond the river
 * (and a third beyond those), two beyond the trunk road, and 松坡 (Songpo) right beside the trunk.
 * Lanes branch from a vertex of the first lane, which runs through the centre.
 */
final class VillagePlans {

    private static final String R = "residential";
    private static final String U = "unclassified";

    private static final Xy LIUHE_CENTRE = new Xy(-1200, 3300);
    static final VillagePlan LIUHE = new VillagePlan("柳河村", "Liuhe Village", "village", LIUHE_CENTRE,
            LIUHE_CENTRE.plus(new Xy(520, 90)), List.of(
            lane("柳河路", "Liuhe Road", R, 14, 1, LIUHE_CENTRE, -500, -60, -250, -20, 0, 0, 250, 40, 520, 90),
            lane("柳河北巷", "Liuhe North Lane", R, 10, 1, LIUHE_CENTRE, 0, 0, 40, 200, 60, 420),
            lane("柳河西巷", "Liuhe West Lane", U, 10, 1, LIUHE_CENTRE, -250, -20, -300, -250, -380, -420)));

    private static final Xy SHIQIAO_CENTRE = new Xy(3000, 4400);
    static final VillagePlan SHIQIAO = new VillagePlan("石桥村", "Shiqiao Village", "village", SHIQIAO_CENTRE,
            SHIQIAO_CENTRE.plus(new Xy(-450, -100)), List.of(
            lane("石桥路", "Shiqiao Road", R, 14, 1, SHIQIAO_CENTRE, -450, -100, -200, -40, 0, 0, 220, 60, 480, 140),
            lane("石桥南巷", "Shiqiao South Lane", R, 10, 1, SHIQIAO_CENTRE, 0, 0, 80, -220, 180, -420),
            lane("石桥东巷", "Shiqiao East Lane", U, 8, -1, SHIQIAO_CENTRE, 220, 60, 420, 260, 600, 420)));

    private static final Xy WANGJIATAI_CENTRE = new Xy(4700, 5100);
    static final VillagePlan WANGJIATAI = new VillagePlan("王家台", "Wangjiatai", "hamlet", WANGJIATAI_CENTRE,
            WANGJIATAI_CENTRE.plus(new Xy(-300, -80)), List.of(
            lane("王家台路", "Wangjiatai Road", U, 15, 1, WANGJIATAI_CENTRE, -300, -80, 0, 0, 320, 60),
            lane("王家台后巷", "Wangjiatai Back Lane", R, 11, 1, WANGJIATAI_CENTRE, 0, 0, -40, 260)));

    private static final Xy DONGLING_CENTRE = new Xy(5300, 700);
    static final VillagePlan DONGLING = new VillagePlan("东岭村", "Dongling Village", "village", DONGLING_CENTRE,
            DONGLING_CENTRE.plus(new Xy(-500, -40)), List.of(
            lane("东岭路", "Dongling Road", R, 14, -1, DONGLING_CENTRE, -500, -40, -250, -10, 0, 0, 260, 30, 520, 80),
            lane("东岭上巷", "Dongling Upper Lane", R, 10, -1, DONGLING_CENTRE, 0, 0, -60, 250, -40, 480),
            lane("东岭下巷", "Dongling Lower Lane", U, 8, 1, DONGLING_CENTRE, 260, 30, 300, -220, 380, -430)));

    private static final Xy YANGJIAWAN_CENTRE = new Xy(-2600, 900);
    static final VillagePlan YANGJIAWAN = new VillagePlan("杨家湾", "Yangjiawan", "hamlet", YANGJIAWAN_CENTRE,
            YANGJIAWAN_CENTRE.plus(new Xy(60, -380)), List.of(
            lane("杨家湾路", "Yangjiawan Road", R, 16, 1, YANGJIAWAN_CENTRE, -400, 40, -200, 10, 0, 0, 200, -20, 400, -60),
            lane("杨家湾南巷", "Yangjiawan South Lane", R, 10, -1, YANGJIAWAN_CENTRE, 0, 0, 20, -200, 60, -380)));

    private static final Xy TAOYUAN_CENTRE = new Xy(-2700, -4100);
    static final VillagePlan TAOYUAN = new VillagePlan("桃园村", "Taoyuan Village", "village", TAOYUAN_CENTRE,
            TAOYUAN_CENTRE.plus(new Xy(480, 90)), List.of(
            lane("桃园路", "Taoyuan Road", R, 14, -1, TAOYUAN_CENTRE, -450, -40, -220, -10, 0, 0, 240, 30, 480, 90),
            lane("桃园北巷", "Taoyuan North Lane", R, 9, 1, TAOYUAN_CENTRE, 0, 0, -40, 230, -100, 430),
            lane("桃园南巷", "Taoyuan South Lane", U, 7, 1, TAOYUAN_CENTRE, -220, -10, -200, -260)));

    private static final Xy NANWAN_CENTRE = new Xy(700, -3700);
    static final VillagePlan NANWAN = new VillagePlan("南湾村", "Nanwan Village", "village", NANWAN_CENTRE,
            NANWAN_CENTRE.plus(new Xy(-20, 420)), List.of(
            lane("南湾路", "Nanwan Road", R, 14, -1, NANWAN_CENTRE, -420, 60, -200, 20, 0, 0, 220, -40, 440, -60),
            lane("南湾北巷", "Nanwan North Lane", R, 8, -1, NANWAN_CENTRE, 0, 0, -30, 220, -20, 420),
            lane("南湾西巷", "Nanwan West Lane", U, 8, 1, NANWAN_CENTRE, -200, 20, -260, -200, -360, -380)));

    // Songpo's lane runs parallel to the trunk, 130 m north of it; its one way out is the long lane north to
    // X102. The hand-placed home 25 m from the trunk is where a plain foot route walks along G318.
    private static final Xy SONGPO_CENTRE = new Xy(1600, Trunk.southOf(1600) + 130);
    static final Xy SONGPO_TRUNKSIDE_HOME = new Xy(1450, Trunk.southOf(1450) + 25);
    static final Xy SONGPO_EXIT = SONGPO_CENTRE.plus(new Xy(1100, 1354));
    static final VillagePlan SONGPO = new VillagePlan("松坡", "Songpo", "hamlet", SONGPO_CENTRE, SONGPO_EXIT, List.of(
            lane("松坡路", "Songpo Road", R, 15, 1, SONGPO_CENTRE, -600, -36, -300, -18, 0, 0, 300, 18, 600, 36)
                    .withHome(SONGPO_TRUNKSIDE_HOME),
            lane("松坡后巷", "Songpo Back Lane", R, 7, -1, SONGPO_CENTRE, 0, 0, 30, 240),
            lane("松坡北巷", "Songpo North Lane", U, 4, -1, SONGPO_CENTRE, 600, 36, 820, 400, 1000, 820, 1100, 1354)));

    static final List<VillagePlan> ALL = List.of(LIUHE, SHIQIAO, WANGJIATAI, DONGLING, YANGJIAWAN, TAOYUAN,
            NANWAN, SONGPO);

    private VillagePlans() {
    }
}
