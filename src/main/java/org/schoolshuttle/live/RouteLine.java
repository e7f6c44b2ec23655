package org.schoolshuttle.live;

/**
 * A route's road geometry as a line with distances along it, for placing a position or a stop on the route.
 * Distances use a local flat projection: exact enough over a village's few kilometres.
 */
public final class RouteLine {

    private static final double EARTH_METRES = 6_371_000.0;

    /** Where a point lies against the line: metres from the start, and metres off the line. */
    public record Placed(double along, double off) {
    }

    private final double[] x;
    private final double[] y;
    private final double[] cumulative;
    private final double lat0;

    /** @param coordinates GeoJSON order, {@code [[lon, lat], ...]} */
    public RouteLine(double[][] coordinates) {
        if (coordinates.length == 0) {
            throw new IllegalArgumentException("a route line needs at least one point");
        }
        lat0 = Math.toRadians(coordinates[0][1]);
        x = new double[coordinates.length];
        y = new double[coordinates.length];
        cumulative = new double[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            x[i] = toX(coordinates[i][0]);
            y[i] = toY(coordinates[i][1]);
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
            }
        }
    }

    public double length() {
        return cumulative[cumulative.length - 1];
    }

    /** The nearest point of the line to (lat, lon), searched from {@code fromAlong} on (a stop is not before the last). */
    public Placed place(double lat, double lon, double fromAlong) {
        double px = toX(lon);
        double py = toY(lat);
        double bestOff = Double.POSITIVE_INFINITY;
        double bestAlong = 0;
        if (x.length == 1) {
            return new Placed(0, Math.hypot(px - x[0], py - y[0]));
        }
        for (int i = 0; i + 1 < x.length; i++) {
            if (cumulative[i + 1] < fromAlong) {
                continue;
            }
            double dx = x[i + 1] - x[i];
            double dy = y[i + 1] - y[i];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x[i]) * dx + (py - y[i]) * dy) / len2));
            double along = cumulative[i] + t * Math.sqrt(len2);
            if (along < fromAlong) {
                continue;
            }
            double off = Math.hypot(px - (x[i] + t * dx), py - (y[i] + t * dy));
            if (off < bestOff) {
                bestOff = off;
                bestAlong = along;
            }
        }
        if (bestOff == Double.POSITIVE_INFINITY) {
            return new Placed(length(), Math.hypot(px - x[x.length - 1], py - y[y.length - 1]));
        }
        return new Placed(bestAlong, bestOff);
    }

    /** The point {@code along} metres from the start, as {@code [lat, lon]}. */
    public double[] at(double along) {
        double a = Math.max(0, Math.min(length(), along));
        for (int i = 0; i + 1 < x.length; i++) {
            if (cumulative[i + 1] >= a) {
                double seg = cumulative[i + 1] - cumulative[i];
                double t = seg == 0 ? 0 : (a - cumulative[i]) / seg;
                return new double[] {fromY(y[i] + t * (y[i + 1] - y[i])), fromX(x[i] + t * (x[i + 1] - x[i]))};
            }
        }
        return new double[] {fromY(y[y.length - 1]), fromX(x[x.length - 1])};
    }

    private double toX(double lon) {
        return Math.toRadians(lon) * Math.cos(lat0) * EARTH_METRES;
    }

    private static double toY(double lat) {
        return Math.toRadians(lat) * EARTH_METRES;
    }

    private double fromX(double px) {
        return Math.toDegrees(px / (Math.cos(lat0) * EARTH_METRES));
    }

    private static double fromY(double py) {
        return Math.toDegrees(py / EARTH_METRES);
    }
}
