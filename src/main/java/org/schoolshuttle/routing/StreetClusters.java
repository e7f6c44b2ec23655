package org.schoolshuttle.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the highway ways of one street into one street: OSM splits a street into many ways (at every
 * bridge, speed limit or surface change), while a village may also have a second street of the same name
 * far away. Ways of the same name whose extents come within {@link #MERGE_METERS} are taken as one street.
 */
final class StreetClusters {

    static final double MERGE_METERS = 1000;

    /**
     * One street: its names, a point on it near its middle and points along it for reverse look-up.
     * Coordinates are degrees × 10⁷; {@code pointLats} and {@code pointLons} run in parallel.
     */
    record Street(PlaceNames names, int latE7, int lonE7, int[] pointLats, int[] pointLons) {
    }

    private StreetClusters() {
    }

    static List<Street> cluster(List<GeocoderImport.RawWay> ways, WayNodes nodes) {
        Map<String, List<StreetLine>> byName = new LinkedHashMap<>();
        for (GeocoderImport.RawWay way : ways) {
            StreetLine line = StreetLine.of(way, nodes);
            if (line != null) {
                byName.computeIfAbsent(way.names().name(), n -> new ArrayList<>()).add(line);
            }
        }
        List<Street> streets = new ArrayList<>();
        for (List<StreetLine> sameName : byName.values()) {
            for (List<StreetLine> group : groupNearby(sameName)) {
                streets.add(street(group));
            }
        }
        return streets;
    }

    /** Union-find over a sweep by southern edge, so only ways that overlap in latitude are compared. */
    private static List<List<StreetLine>> groupNearby(List<StreetLine> lines) {
        List<StreetLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(StreetLine::minLat));
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        double latMargin = MERGE_METERS / SpatialGrid.METERS_PER_DEGREE;
        for (int i = 0; i < sorted.size(); i++) {
            StreetLine a = sorted.get(i);
            double lonMargin = latMargin / Math.max(Math.cos(Math.toRadians(a.minLat())), 0.01);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).minLat() <= a.maxLat() + latMargin; j++) {
                StreetLine b = sorted.get(j);
                if (b.minLon() <= a.maxLon() + lonMargin && a.minLon() <= b.maxLon() + lonMargin) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<StreetLine>> groups = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Street street(List<StreetLine> group) {
        PlaceNames names = group.get(0).names();
        for (StreetLine line : group) {
            names = names.mergedWith(line.names());
        }
        // The length-weighted centre may lie off a curved street; the nearest point on it is the answer.
        double sumLat = 0;
        double sumLon = 0;
        double sumLength = 0;
        for (StreetLine line : group) {
            for (int i = 0; i + 1 < line.size(); i++) {
                double length = line.segmentMeters(i);
                sumLat += length * (line.lat(i) + line.lat(i + 1)) / 2;
                sumLon += length * (line.lon(i) + line.lon(i + 1)) / 2;
                sumLength += length;
            }
        }
        StreetLine first = group.get(0);
        double centreLat = sumLength > 0 ? sumLat / sumLength : first.lat(0);
        double centreLon = sumLength > 0 ? sumLon / sumLength : first.lon(0);
        double[] best = {first.lat(0), first.lon(0)};
        double bestMeters = Double.MAX_VALUE;
        StreetLine.Points points = new StreetLine.Points();
        for (StreetLine line : group) {
            for (int i = 0; i < line.size(); i++) {
                double[] candidate = i + 1 < line.size() ? line.closestOnSegment(i, centreLat, centreLon)
                        : new double[]{line.lat(i), line.lon(i)};
                double meters = SpatialGrid.distanceMeters(centreLat, centreLon, candidate[0], candidate[1]);
                if (meters < bestMeters) {
                    bestMeters = meters;
                    best = candidate;
                }
                line.addPoints(i, GeocoderEntries.STREET_POINT_SPACING_M, points);
            }
        }
        return new Street(names, GeocoderEntries.toE7(best[0]), GeocoderEntries.toE7(best[1]),
                points.lats(), points.lons());
    }
}
