package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/**
 * A named village lane with {@code houses} addresses along it. {@code fieldSide} says which side has open
 * fields for farmhouses (+1 left, -1 right of the lane's direction); {@code extraHomes} are addresses placed
 * by hand, numbered after the others.
 */
record Lane(String chinese, String english, String highway, int houses, int fieldSide, List<Xy> points,
            List<Xy> extraHomes) {

    /** A lane drawn through {@code offsets} (x, y pairs in metres) from {@code centre}. */
    static Lane lane(String chinese, String english, String highway, int houses, int fieldSide, Xy centre,
                     double... offsets) {
        List<Xy> points = new ArrayList<>();
        for (int i = 0; i < offsets.length; i += 2) {
            points.add(centre.plus(new Xy(offsets[i], offsets[i + 1])));
        }
        return new Lane(chinese, english, highway, houses, fieldSide, points, List.of());
    }

    Lane withHome(Xy home) {
        List<Xy> homes = new ArrayList<>(extraHomes);
        homes.add(home);
        return new Lane(chinese, english, highway, houses, fieldSide, points, homes);
    }

    Xy start() {
        return points.get(0);
    }

    Xy end() {
        return points.get(points.size() - 1);
    }
}
