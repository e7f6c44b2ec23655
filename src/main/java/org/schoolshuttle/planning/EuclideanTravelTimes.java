package org.schoolshuttle.planning;

/**
 * Straight-line distances between points in the plane, for benchmarks and unit tests (never the production
 * path). Optionally rounds each distance to the nearest integer, as TSPLIB's EUC_2D does.
 */
public final class EuclideanTravelTimes implements TravelTimes {

    private final double[][] metres;
    private final double metresPerSecond;

    private EuclideanTravelTimes(double[][] metres, double metresPerSecond) {
        this.metres = metres;
        this.metresPerSecond = metresPerSecond;
    }

    /** Unrounded distances; time = distance / {@code metresPerSecond}. */
    public static EuclideanTravelTimes of(double[] x, double[] y, double metresPerSecond) {
        return build(x, y, metresPerSecond, false);
    }

    /** TSPLIB EUC_2D: every distance rounded to the nearest integer. */
    public static EuclideanTravelTimes rounded(double[] x, double[] y, double metresPerSecond) {
        return build(x, y, metresPerSecond, true);
    }

    private static EuclideanTravelTimes build(double[] x, double[] y, double metresPerSecond, boolean round) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        double[][] d = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double e = Math.hypot(x[i] - x[j], y[i] - y[j]);
                d[i][j] = round ? Math.floor(e + 0.5) : e;
            }
        }
        return new EuclideanTravelTimes(d, metresPerSecond);
    }

    @Override
    public int size() {
        return metres.length;
    }

    @Override
    public double metres(int from, int to) {
        return metres[from][to];
    }

    @Override
    public double seconds(int from, int to) {
        return metres[from][to] / metresPerSecond;
    }
}
