package org.schoolshuttle.planning;

/**
 * How far each home is from each candidate stop on foot, in metres; {@link Double#POSITIVE_INFINITY} where no
 * safe walk exists. Implemented by {@code routing} with the child_walk profile.
 */
public interface WalkDistances {

    int homes();

    int stops();

    double metres(int home, int stop);
}
