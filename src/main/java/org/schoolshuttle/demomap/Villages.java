package org.schoolshuttle.demomap;

import java.util.List;
import java.util.Random;

/** Puts each planned village on the map: its lanes first, then its place node and the homes along the lanes. */
final class Villages {

    private static final double BRANCH_CLEARANCE_METRES = 35;

    private Villages() {
    }

    static void addLanes(Roads roads) {
        for (VillagePlan village : VillagePlans.ALL) {
            for (Lane lane : village.lanes()) {
                roads.add(line(lane), Tags.of("highway", lane.highway())
                        .and(Tags.named(lane.chinese(), lane.english())).and("maxspeed", "30"), List.of());
            }
        }
    }

    static void addHomes(OsmData data, RoadSegments roads, Random random) {
        for (VillagePlan village : VillagePlans.ALL) {
            data.node(village.centre(), Tags.of("place", village.place())
                    .and(Tags.named(village.chinese(), village.english())));
            Houses houses = new Houses(data, roads, random, village.chinese());
            for (Lane lane : village.lanes()) {
                Polyline line = line(lane);
                double[] stations = clearOfBranches(line, Houses.evenly(line.length(), lane.houses()), village);
                houses.along(line, lane.chinese(), stations, true, lane.fieldSide());
                int number = lane.houses();
                for (Xy home : lane.extraHomes()) {
                    houses.add(home, lane.chinese(), String.valueOf(++number));
                }
            }
        }
    }

    private static Polyline line(Lane lane) {
        return Curve.through(lane.points(), 0, 60);
    }

    // A house beside the point where another lane branches off would sit nearer that lane than its own.
    private static double[] clearOfBranches(Polyline line, double[] stations, VillagePlan village) {
        for (Lane other : village.lanes()) {
            int vertex = line.points().indexOf(other.start());
            if (vertex <= 0 || vertex == line.points().size() - 1) {
                continue;
            }
            double junction = line.lengthAt(vertex);
            for (int i = 0; i < stations.length; i++) {
                if (Math.abs(stations[i] - junction) < BRANCH_CLEARANCE_METRES) {
                    stations[i] = junction + Math.copySign(BRANCH_CLEARANCE_METRES, stations[i] - junction);
                }
            }
        }
        return stations;
    }
}
