package org.schoolshuttle.routing;

import com.graphhopper.util.PointList;

/** A GeoJSON LineString; coordinates are {@code [lon, lat]} pairs as GeoJSON requires. */
public record LineString(String type, double[][] coordinates) {

    static LineString of(PointList points) {
        double[][] coordinates = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = new double[]{round(points.getLon(i)), round(points.getLat(i))};
        }
        return new LineString("LineString", coordinates);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
