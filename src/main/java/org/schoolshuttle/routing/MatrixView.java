package org.schoolshuttle.routing;

/**
 * Travel times and distances from every source (row) to every target (column); a cell is {@code null}
 * where the target cannot be reached from the source.
 */
public record MatrixView(String profile, Double[][] durationsSeconds, Double[][] distancesMeters, String attribution) {
}
