package org.schoolshuttle.planning;

/**
 * Travel cost between indexed points (depot, schools, candidate stops). Implemented by {@code routing} from the
 * road matrix; {@link EuclideanTravelTimes} serves benchmarks and unit tests. Need not be symmetric.
 */
public interface TravelTimes {

    /** Number of points; indices run from 0 to {@code size() - 1}. */
    int size();

    /** Driving distance from point {@code from} to point {@code to}, in metres (or benchmark units). */
    double metres(int from, int to);

    /** Driving time from point {@code from} to point {@code to}, in seconds. */
    double seconds(int from, int to);
}
