package org.schoolshuttle.demomap;

/**
 * Places the township's metre frame on the globe around 30.30° N, 112.20° E. It uses the same spherical
 * earth as GraphHopper's distance calculation, so a distance laid out here in metres is the distance
 * GraphHopper measures; over a dozen kilometres the flat frame is off by less than a metre.
 */
final class Projection {

    static final double ORIGIN_LAT = 30.30;
    static final double ORIGIN_LON = 112.20;
    private static final double EARTH_RADIUS_METRES = 6_371_000;
    private static final double METRES_PER_DEGREE_LAT = EARTH_RADIUS_METRES * StrictMath.PI / 180;
    private static final double METRES_PER_DEGREE_LON =
            METRES_PER_DEGREE_LAT * StrictMath.cos(StrictMath.toRadians(ORIGIN_LAT));

    private Projection() {
    }

    static double lat(Xy point) {
        return ORIGIN_LAT + point.y() / METRES_PER_DEGREE_LAT;
    }

    static double lon(Xy point) {
        return ORIGIN_LON + point.x() / METRES_PER_DEGREE_LON;
    }
}
