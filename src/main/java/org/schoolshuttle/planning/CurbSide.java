package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.List;

/**
 * The side of the road a stop's families live on, as a point a few metres off the stop toward their homes. The
 * router keeps that point on the vehicle's door side when it arrives and leaves, so the children get on and off
 * without crossing the road (GraphHopper's curb side, which tells the side from such a point).
 */
public final class CurbSide {

    /** Far enough off the stop to lie clearly on one side of the road, near enough to snap to the same road. */
    static final double OFFSET_METRES = 4;

    /** Below this share of agreement (homes spread round the stop) no side is preferred. */
    private static final double LEAST_AGREEMENT = 0.25;

    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

    private CurbSide() {
    }

    /**
     * @return a point {@value #OFFSET_METRES} m from the stop toward where most of its children live (each home
     * counts as a direction, not by distance), or null when the homes lie round it with no side to prefer
     */
    public static GeoPoint of(GeoPoint stop, List<GeoPoint> homes) {
        double lonScale = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(stop.lat()));
        double east = 0;
        double north = 0;
        int counted = 0;
        for (GeoPoint home : homes) {
            double dx = (home.lon() - stop.lon()) * lonScale;
            double dy = (home.lat() - stop.lat()) * METRES_PER_DEGREE_LAT;
            double length = Math.hypot(dx, dy);
            if (length < 1) {
                continue;
            }
            east += dx / length;
            north += dy / length;
            counted++;
        }
        double length = Math.hypot(east, north);
        if (counted == 0 || length < LEAST_AGREEMENT * counted) {
            return null;
        }
        return new GeoPoint(stop.lat() + north / length * OFFSET_METRES / METRES_PER_DEGREE_LAT,
                stop.lon() + east / length * OFFSET_METRES / lonScale);
    }
}
