package org.schoolshuttle.demomap;

/** A point in the township's flat frame: metres east ({@code x}) and north ({@code y}) of the town centre. */
record Xy(double x, double y) {

    Xy plus(Xy other) {
        return new Xy(x + other.x, y + other.y);
    }

    Xy minus(Xy other) {
        return new Xy(x - other.x, y - other.y);
    }

    Xy times(double factor) {
        return new Xy(x * factor, y * factor);
    }

    double length() {
        return StrictMath.sqrt(x * x + y * y);
    }

    double distanceTo(Xy other) {
        return minus(other).length();
    }

    Xy unit() {
        return times(1 / length());
    }

    /** The vector turned a quarter to the left, so a positive offset along it lies left of the direction of travel. */
    Xy left() {
        return new Xy(-y, x);
    }

    Xy towards(Xy to, double fraction) {
        return new Xy(x + (to.x - x) * fraction, y + (to.y - y) * fraction);
    }

    static double cross(Xy a, Xy b) {
        return a.x * b.y - a.y * b.x;
    }
}
