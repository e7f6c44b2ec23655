package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/** An open line through at least two points, measured by arc length from its first point. */
final class Polyline {

    private final List<Xy> points;
    private final double[] lengthAt;

    Polyline(List<Xy> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two points");
        }
        this.points = List.copyOf(points);
        lengthAt = new double[points.size()];
        for (int i = 1; i < points.size(); i++) {
            lengthAt[i] = lengthAt[i - 1] + points.get(i - 1).distanceTo(points.get(i));
        }
    }

    List<Xy> points() {
        return points;
    }

    Xy start() {
        return points.get(0);
    }

    Xy end() {
        return points.get(points.size() - 1);
    }

    double length() {
        return lengthAt[lengthAt.length - 1];
    }

    double lengthAt(int vertex) {
        return lengthAt[vertex];
    }

    Xy at(double s) {
        int i = segmentAt(s);
        double fraction = (s - lengthAt[i]) / (lengthAt[i + 1] - lengthAt[i]);
        return points.get(i).towards(points.get(i + 1), fraction);
    }

    /** The point {@code offset} metres left (negative: right) of the line at arc length {@code s}. */
    Xy beside(double s, double offset) {
        int i = segmentAt(s);
        Xy direction = points.get(i + 1).minus(points.get(i)).unit();
        return at(s).plus(direction.left().times(offset));
    }

    /** Arc lengths, ascending, at which this line crosses {@code other}. */
    List<Double> crossings(Polyline other) {
        List<Double> found = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            Xy p = points.get(i);
            Xy d = points.get(i + 1).minus(p);
            for (int j = 0; j + 1 < other.points.size(); j++) {
                Xy q = other.points.get(j);
                Xy e = other.points.get(j + 1).minus(q);
                double denominator = Xy.cross(d, e);
                if (denominator == 0) {
                    continue;
                }
                double t = Xy.cross(q.minus(p), e) / denominator;
                double u = Xy.cross(q.minus(p), d) / denominator;
                if (t >= 0 && t <= 1 && u >= 0 && u <= 1) {
                    found.add(lengthAt[i] + t * (lengthAt[i + 1] - lengthAt[i]));
                }
            }
        }
        found.sort(null);
        // A crossing exactly at a shared vertex shows up on both neighbouring segments: count it once.
        List<Double> distinct = new ArrayList<>();
        for (double s : found) {
            if (distinct.isEmpty() || s - distinct.get(distinct.size() - 1) > 1e-6) {
                distinct.add(s);
            }
        }
        return distinct;
    }

    private int segmentAt(double s) {
        int i = 0;
        while (i < points.size() - 2 && lengthAt[i + 1] < s) {
            i++;
        }
        return i;
    }
}
