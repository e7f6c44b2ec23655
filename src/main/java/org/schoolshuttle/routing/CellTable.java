package org.schoolshuttle.routing;

import java.util.Arrays;

/** The seconds and metres of a matrix being computed; unreachable cells stay infinite. */
final class CellTable {

    final double[][] seconds;
    final double[][] metres;

    CellTable(int sources, int targets) {
        seconds = new double[sources][targets];
        metres = new double[sources][targets];
        for (double[] row : seconds) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (double[] row : metres) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
    }

    MatrixView toView(String profile, String attribution) {
        return new MatrixView(profile, boxed(seconds), boxed(metres), attribution);
    }

    private static Double[][] boxed(double[][] values) {
        Double[][] out = new Double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new Double[values[i].length];
            for (int j = 0; j < values[i].length; j++) {
                out[i][j] = Double.isFinite(values[i][j]) ? RoadRouter.round(values[i][j]) : null;
            }
        }
        return out;
    }
}
