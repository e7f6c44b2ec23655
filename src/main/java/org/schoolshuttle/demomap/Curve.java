package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/** Turns a few key points into the densely noded, gently bending line a mapper would draw for a road. */
final class Curve {

    private Curve() {
    }

    /**
     * One quadratic Bézier leg between each pair of key points, bulging sideways by {@code bend} times the
     * leg's length, alternately left and right so long roads wind instead of arcing. Every key point stays a
     * vertex of the result, because other ways join there and must share that exact node.
     */
    static Polyline through(List<Xy> keys, double bend, double spacing) {
        List<Xy> points = new ArrayList<>();
        points.add(keys.get(0));
        for (int k = 1; k < keys.size(); k++) {
            Xy from = keys.get(k - 1);
            Xy to = keys.get(k);
            double side = k % 2 == 1 ? bend : -bend;
            Xy control = from.towards(to, 0.5).plus(to.minus(from).left().times(side));
            int steps = Math.max(1, (int) Math.ceil(from.distanceTo(to) / spacing));
            for (int i = 1; i < steps; i++) {
                points.add(bezier(from, control, to, (double) i / steps));
            }
            points.add(to);
        }
        return new Polyline(points);
    }

    static Polyline straight(double spacing, Xy... keys) {
        return through(List.of(keys), 0, spacing);
    }

    private static Xy bezier(Xy from, Xy control, Xy to, double t) {
        double u = 1 - t;
        return from.times(u * u).plus(control.times(2 * u * t)).plus(to.times(t * t));
    }
}
