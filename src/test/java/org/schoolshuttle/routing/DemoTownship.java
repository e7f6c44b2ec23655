package org.schoolshuttle.routing;

/** Places on the generated demo map (routing-data/demo-township.osm.gz) that the tests route between. */
final class DemoTownship {

    static final String PRIMARY_SCHOOL = "30.301124,112.196250";
    static final String MIDDLE_SCHOOL = "30.302788,112.201562";
    static final String LIUHE_VILLAGE = "30.329678,112.187501";
    static final String NANWAN_VILLAGE = "30.266725,112.207291";
    static final String DONGLING_VILLAGE = "30.306295,112.255205";
    /** On the county road X103, 100 m north of the one signalled junction with the trunk G318. */
    static final String NORTH_OF_JUNCTION = "30.289003,112.204961";
    /** Songpo Road 16, a house 25 m from the trunk and far from the junction along any other road. */
    static final String SONGPO_ROAD_16 = "30.288866,112.215103";
    /** A field 200 m from the nearest road (Beihuan Road). */
    static final String FIELD = "30.306295,112.203125";
    static final double[] RENMIN_ROAD_5 = {30.3001482, 112.1984376};

    private DemoTownship() {
    }
}
