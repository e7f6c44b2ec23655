package org.schoolshuttle.demomap;

import java.util.List;
import java.util.Random;

/**
 * 青石镇 (Qingshi Town): a 1.2 km by 1 km grid of named streets with houses on every block, and the
 * township's primary and middle school. The county roads leave from corners and ends of the grid.
 */
final class Town {

    static final String NAME = "青石镇";
    static final Xy CENTRE = new Xy(0, 0);
    static final Xy PRIMARY_SCHOOL = new Xy(-360, 125);
    static final Xy MIDDLE_SCHOOL = new Xy(150, 310);

    private record Street(String chinese, String english, String highway, String maxspeed,
                          Xy from, Xy to, double spacing, double block) {
    }

    private static final List<Street> STREETS = List.of(
            eastWest("北环路", "Beihuan Road", "residential", "30", 500),
            eastWest("文化路", "Wenhua Road", "residential", "30", 250),
            eastWest("人民路", "Renmin Road", "tertiary", "40", 0),
            eastWest("建设路", "Jianshe Road", "residential", "30", -250),
            eastWest("南环路", "Nanhuan Road", "residential", "30", -500),
            northSouth("西环街", "Xihuan Street", "residential", "30", -600, -500, 500),
            northSouth("学府街", "Xuefu Street", "residential", "30", -300, -500, 500),
            northSouth("中山街", "Zhongshan Street", "tertiary", "40", 0, -500, 500),
            northSouth("新华街", "Xinhua Street", "residential", "30", 300, -500, 500),
            northSouth("东环街", "Donghuan Street", "residential", "30", 600, -500, 500),
            northSouth("幸福巷", "Xingfu Lane", "living_street", "20", -400, -250, 0));

    private Town() {
    }

    static void addStreets(Roads roads) {
        for (Street street : STREETS) {
            roads.add(line(street), Tags.of("highway", street.highway())
                    .and(Tags.named(street.chinese(), street.english())).and("maxspeed", street.maxspeed()), List.of());
        }
    }

    static void addHomes(OsmData data, RoadSegments roads, Random random) {
        data.node(CENTRE, Tags.of("place", "town").and(Tags.named(NAME, "Qingshi Town")));
        Houses houses = new Houses(data, roads, random, NAME);
        addSchool(data, houses, PRIMARY_SCHOOL, "青石镇中心小学", "Qingshi Central Primary School", "1",
                "学府街", "66");
        addSchool(data, houses, MIDDLE_SCHOOL, "青石镇中学", "Qingshi Middle School", "2", "文化路", "88");
        for (Street street : STREETS) {
            Polyline line = line(street);
            houses.along(line, street.chinese(), threePerBlock(line.length(), street.block()), false, 0);
        }
    }

    private static Polyline line(Street street) {
        return Curve.straight(street.spacing(), street.from(), street.to());
    }

    private static void addSchool(OsmData data, Houses houses, Xy at, String chinese, String english,
                                  String iscedLevel, String street, String number) {
        data.node(at, Tags.of("amenity", "school").and(Tags.named(chinese, english))
                .and("isced:level", iscedLevel).and(houses.address(street, number)));
    }

    // Spacing divides every block evenly, so each cross street falls exactly on a node of this street.
    private static Street eastWest(String chinese, String english, String highway, String maxspeed, double y) {
        return new Street(chinese, english, highway, maxspeed, new Xy(-600, y), new Xy(600, y), 50, 300);
    }

    private static Street northSouth(String chinese, String english, String highway, String maxspeed,
                                     double x, double fromY, double toY) {
        return new Street(chinese, english, highway, maxspeed, new Xy(x, fromY), new Xy(x, toY), 62.5, 250);
    }

    // A fifth of a block in from each corner, so no house is nearer the cross street than its own.
    private static double[] threePerBlock(double length, double block) {
        int blocks = (int) Math.round(length / block);
        double[] stations = new double[blocks * 3];
        for (int i = 0; i < stations.length; i++) {
            stations[i] = (i / 3) * block + block * (0.2 + 0.3 * (i % 3));
        }
        return stations;
    }
}
