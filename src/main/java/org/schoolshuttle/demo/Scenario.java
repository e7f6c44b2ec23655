package org.schoolshuttle.demo;

import java.time.LocalTime;
import java.util.List;

/**
 * What to seed on a map: the villages, the schools (in the first village), the sponsors' names and the
 * local number-plate prefix. The families, drivers and vehicles are drawn from the map's own addresses.
 */
record Scenario(String timeZone, String platePrefix, List<Place> villages, List<SchoolPlan> schools, List<String> sponsorNames) {

    record Place(String nameZh, String nameEn, double lat, double lon) {
    }

    record SchoolPlan(String nameZh, String nameEn, double lat, double lon, LocalTime bell, LocalTime dismissal,
                      int lowestGrade, int highestGrade) {
    }

    /** The fictional township of routing-data/demo-township.osm.gz: the town with both schools, and six villages. */
    static Scenario township() {
        return new Scenario("Asia/Shanghai", "鄂L",
                List.of(new Place("青石镇", "Qingshi Town", 30.300000, 112.200000),
                        new Place("柳河村", "Liuhe Village", 30.329678, 112.187501),
                        new Place("石桥村", "Shiqiao Village", 30.339570, 112.231248),
                        new Place("东岭村", "Dongling Village", 30.306295, 112.255205),
                        new Place("杨家湾", "Yangjiawan", 30.308094, 112.172918),
                        new Place("桃园村", "Taoyuan Village", 30.263128, 112.171877),
                        new Place("南湾村", "Nanwan Village", 30.266725, 112.207291)),
                List.of(new SchoolPlan("青石镇中心小学", "Qingshi Central Primary School", 30.301124, 112.196250,
                                LocalTime.of(8, 0), LocalTime.of(16, 30), 1, 6),
                        new SchoolPlan("青石镇中学", "Qingshi Middle School", 30.302788, 112.201562,
                                LocalTime.of(7, 40), LocalTime.of(17, 10), 7, 9)),
                List.of("青石农业科技有限公司 Qingshi Agritech Co.", "青石乡村教育基金 Qingshi Rural Education Fund",
                        "青石社工服务中心 Qingshi Social Work Centre"));
    }

    /** North of Bayreuth (real OpenStreetMap data): a school in Neudrossenfeld and five villages around it. */
    static Scenario northBayreuth() {
        return new Scenario("Europe/Berlin", "BT",
                List.of(new Place("Neudrossenfeld", "Neudrossenfeld", 50.0183416, 11.5011482),
                        new Place("Harsdorf", "Harsdorf", 50.0274670, 11.5686144),
                        new Place("Altenplos", "Altenplos", 49.9861030, 11.5082752),
                        new Place("Waldau", "Waldau", 50.0318789, 11.5278739),
                        new Place("Ramsenthal", "Ramsenthal", 50.0080795, 11.5917023),
                        new Place("Unterkonnersreuth", "Unterkonnersreuth", 49.9782507, 11.5293513)),
                List.of(new SchoolPlan("Grundschule Neudrossenfeld", "Neudrossenfeld Primary School", 50.0178, 11.5020,
                        LocalTime.of(8, 0), LocalTime.of(13, 0), 1, 4)),
                List.of("Bindlacher Landtechnik GmbH", "Bürgerstiftung Bayreuther Land", "Diakonie Bayreuth"));
    }

    /** The scenario for an extract: north-bayreuth by name, the township otherwise. */
    static Scenario forExtract(String extract) {
        return extract.startsWith("north-bayreuth") ? northBayreuth() : township();
    }
}
