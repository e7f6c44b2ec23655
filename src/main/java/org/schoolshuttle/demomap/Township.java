package org.schoolshuttle.demomap;

import java.util.Random;

/**
 * Lays out the whole township. River and trunk come first because the roads added later bridge them, and
 * every road comes before any home because homes are placed clear of all roads but their own. The order of
 * the calls fixes every node and way id, so changing it means regenerating the committed file.
 */
final class Township {

    // Any fixed seed would do; this one keeps house positions stable from run to run.
    private static final long SEED = 318;

    private Township() {
    }

    static OsmData build() {
        OsmData data = new OsmData();
        Roads roads = new Roads(data);
        Random random = new Random(SEED);
        Polyline river = River.add(data);
        Polyline trunk = Trunk.add(data, roads);
        Town.addStreets(roads);
        CountyRoads.add(roads, river, trunk);
        Villages.addLanes(roads);
        FarmWays.add(roads);
        Town.addHomes(data, roads.built(), random);
        Villages.addHomes(data, roads.built(), random);
        return data;
    }
}
