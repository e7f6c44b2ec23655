package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.List;

/** Streets of a planner test: walks and drives straight, at 10 m/s behind the wheel. */
final class FlatStreets {

    private FlatStreets() {
    }

    /** A street map on these streets; a test says where shuttles stop (and may draw curb-side legs). */
    abstract static class Map implements StreetMap {

        @Override
        public WalkDistances walking(List<GeoPoint> homes, List<GeoPoint> stops) {
            return FlatStreets.walking(homes, stops);
        }

        @Override
        public TravelTimes driving(List<GeoPoint> points) {
            return FlatStreets.driving(points);
        }
    }

    static double metres(GeoPoint a, GeoPoint b) {
        double dy = (a.lat() - b.lat()) * 111_320.0;
        double dx = (a.lon() - b.lon()) * 111_320.0 * Math.cos(Math.toRadians(a.lat()));
        return Math.hypot(dx, dy);
    }

    static WalkDistances walking(List<GeoPoint> homes, List<GeoPoint> stops) {
        return new WalkDistances() {
            public int homes() {
                return homes.size();
            }

            public int stops() {
                return stops.size();
            }

            public double metres(int home, int stop) {
                return FlatStreets.metres(homes.get(home), stops.get(stop));
            }
        };
    }

    static TravelTimes driving(List<GeoPoint> points) {
        return new TravelTimes() {
            public int size() {
                return points.size();
            }

            public double metres(int from, int to) {
                return FlatStreets.metres(points.get(from), points.get(to));
            }

            public double seconds(int from, int to) {
                return metres(from, to) / 10;
            }
        };
    }
}
