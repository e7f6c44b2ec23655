package org.schoolshuttle.routing;

import java.util.Arrays;

/**
 * One highway way as degrees, with its extent, for merging and measuring streets. Nodes missing from a
 * clipped extract are left out, joining the neighbours across the gap.
 */
final class StreetLine {

    private final PlaceNames names;
    private final double[] lat;
    private final double[] lon;
    private final double minLat;
    private final double maxLat;
    private final double minLon;
    private final double maxLon;

    private StreetLine(PlaceNames names, double[] lat, double[] lon) {
        this.names = names;
        this.lat = lat;
        this.lon = lon;
        this.minLat = Arrays.stream(lat).min().orElseThrow();
        this.maxLat = Arrays.stream(lat).max().orElseThrow();
        this.minLon = Arrays.stream(lon).min().orElseThrow();
        this.maxLon = Arrays.stream(lon).max().orElseThrow();
    }

    /** The way's line, or null when none of its nodes is in the extract. */
    static StreetLine of(GeocoderImport.RawWay way, WayNodes nodes) {
        double[] lat = new double[way.refCount()];
        double[] lon = new double[way.refCount()];
        int n = 0;
        for (int i = way.firstRef(); i < way.firstRef() + way.refCount(); i++) {
            if (nodes.has(i)) {
                lat[n] = GeocoderEntries.fromE7(nodes.latE7(i));
                lon[n] = GeocoderEntries.fromE7(nodes.lonE7(i));
                n++;
            }
        }
        return n == 0 ? null : new StreetLine(way.names(), Arrays.copyOf(lat, n), Arrays.copyOf(lon, n));
    }

    PlaceNames names() {
        return names;
    }

    int size() {
        return lat.length;
    }

    double lat(int i) {
        return lat[i];
    }

    double lon(int i) {
        return lon[i];
    }

    double minLat() {
        return minLat;
    }

    double maxLat() {
        return maxLat;
    }

    double minLon() {
        return minLon;
    }

    double maxLon() {
        return maxLon;
    }

    /** Length in metres of the segment from node {@code i} to {@code i + 1}. */
    double segmentMeters(int i) {
        return SpatialGrid.distanceMeters(lat[i], lon[i], lat[i + 1], lon[i + 1]);
    }

    /** The point of segment {@code i} nearest to a position, as {@code {lat, lon}}. */
    double[] closestOnSegment(int i, double pLat, double pLon) {
        double cos = Math.cos(Math.toRadians(pLat));
        double dx = (lon[i + 1] - lon[i]) * cos;
        double dy = lat[i + 1] - lat[i];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((pLon - lon[i]) * cos * dx + (pLat - lat[i]) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return new double[]{lat[i] + t * (lat[i + 1] - lat[i]), lon[i] + t * (lon[i + 1] - lon[i])};
    }

    /**
     * Adds node {@code i} and, unless it is the last, points towards the next node at most
     * {@code spacingMeters} apart.
     */
    void addPoints(int i, double spacingMeters, Points points) {
        points.add(lat[i], lon[i]);
        if (i + 1 < lat.length) {
            int steps = (int) Math.ceil(segmentMeters(i) / spacingMeters);
            for (int s = 1; s < steps; s++) {
                double t = (double) s / steps;
                points.add(lat[i] + t * (lat[i + 1] - lat[i]), lon[i] + t * (lon[i + 1] - lon[i]));
            }
        }
    }

    /** A growable list of coordinates in degrees × 10⁷. */
    static final class Points {
        private int[] lats = new int[16];
        private int[] lons = new int[16];
        private int size;

        void add(double lat, double lon) {
            if (size == lats.length) {
                lats = Arrays.copyOf(lats, size * 2);
                lons = Arrays.copyOf(lons, size * 2);
            }
            lats[size] = GeocoderEntries.toE7(lat);
            lons[size] = GeocoderEntries.toE7(lon);
            size++;
        }

        int[] lats() {
            return Arrays.copyOf(lats, size);
        }

        int[] lons() {
            return Arrays.copyOf(lons, size);
        }
    }
}
