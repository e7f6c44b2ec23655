package org.schoolshuttle.routing;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Nearest-point look-up over a fixed set of points, bucketed into square cells of a chosen size. The
 * cells are stored sorted, not hashed, so the grid is three flat arrays however sparse the data.
 * Distances use the equirectangular approximation, which is well within a metre at the few kilometres
 * this is asked about.
 */
final class SpatialGrid {

    static final double METERS_PER_DEGREE = 6_371_000 * Math.PI / 180;
    private static final int INDEX_BITS = 27;
    // Smaller cells would overflow the packed cell key (38 bits of cell, 27 of index, sign bit clear).
    private static final double MIN_CELL_METERS = 150;

    private final double cellDeg;
    private final long columns;
    private final long[] cellKeys;
    private final int[] cellStart;
    private final int[] ids;
    private final int[] lat;
    private final int[] lon;

    /**
     * @param ids        the identifiers of the points to index; {@link #nearest} answers with one of them
     * @param latE7      latitude (degrees × 10⁷) of an identifier
     * @param lonE7      longitude (degrees × 10⁷) of an identifier
     * @param cellMeters edge of a cell; about the usual search radius keeps look-ups to nine cells
     */
    SpatialGrid(int[] ids, IntUnaryOperator latE7, IntUnaryOperator lonE7, double cellMeters) {
        if (ids.length >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("too many points for a grid: " + ids.length);
        }
        this.cellDeg = Math.max(cellMeters, MIN_CELL_METERS) / METERS_PER_DEGREE;
        this.columns = (long) Math.ceil(360 / cellDeg) + 2;
        long[] packed = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            packed[i] = cellKey(latE7.applyAsInt(ids[i]) / 1e7, lonE7.applyAsInt(ids[i]) / 1e7) << INDEX_BITS | i;
        }
        Arrays.sort(packed);
        this.ids = new int[ids.length];
        this.lat = new int[ids.length];
        this.lon = new int[ids.length];
        long[] keys = new long[ids.length];
        int[] starts = new int[ids.length + 1];
        int cells = 0;
        for (int i = 0; i < packed.length; i++) {
            int source = (int) (packed[i] & ((1 << INDEX_BITS) - 1));
            long key = packed[i] >>> INDEX_BITS;
            if (cells == 0 || keys[cells - 1] != key) {
                keys[cells] = key;
                starts[cells++] = i;
            }
            this.ids[i] = ids[source];
            this.lat[i] = latE7.applyAsInt(ids[source]);
            this.lon[i] = lonE7.applyAsInt(ids[source]);
        }
        starts[cells] = ids.length;
        this.cellKeys = Arrays.copyOf(keys, cells);
        this.cellStart = Arrays.copyOf(starts, cells + 1);
    }

    /**
     * The point nearest to a position, if it lies within a distance.
     *
     * @param lat       WGS-84 latitude in degrees
     * @param lon       WGS-84 longitude in degrees
     * @param maxMeters the search radius in metres
     * @return the identifier of the nearest point, or -1 when none is within {@code maxMeters}
     */
    int nearest(double lat, double lon, double maxMeters) {
        long row = row(lat);
        long column = column(lon);
        long rowSpan = (long) Math.ceil(maxMeters / METERS_PER_DEGREE / cellDeg);
        double cos = Math.max(Math.cos(Math.toRadians(lat)), 0.01);
        long columnSpan = Math.min((long) Math.ceil(maxMeters / (METERS_PER_DEGREE * cos) / cellDeg), columns);
        int best = -1;
        double bestMeters = maxMeters;
        for (long r = row - rowSpan; r <= row + rowSpan; r++) {
            for (long c = Math.max(0, column - columnSpan); c <= Math.min(columns - 1, column + columnSpan); c++) {
                int cell = Arrays.binarySearch(cellKeys, r * columns + c);
                if (cell < 0) {
                    continue;
                }
                for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
                    double meters = distanceMeters(lat, lon, this.lat[i] / 1e7, this.lon[i] / 1e7);
                    if (meters <= bestMeters) {
                        bestMeters = meters;
                        best = ids[i];
                    }
                }
            }
        }
        return best;
    }

    /** Equirectangular distance in metres; accurate for the short distances the geocoder compares. */
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = lat2 - lat1;
        return Math.sqrt(x * x + y * y) * METERS_PER_DEGREE;
    }

    private long cellKey(double lat, double lon) {
        return row(lat) * columns + column(lon);
    }

    private long row(double lat) {
        return (long) Math.floor((lat + 90) / cellDeg);
    }

    private long column(double lon) {
        return (long) Math.floor((lon + 180) / cellDeg) + 1;
    }
}
