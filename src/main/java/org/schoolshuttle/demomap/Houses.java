package org.schoolshuttle.demomap;

import java.util.Random;

/** Address nodes of one town or village, numbered along each street as they are placed. */
final class Houses {

    static final String POSTCODE = "434199";
    private static final int FARM_EVERY = 5;
    private static final double CLEARANCE_METRES = 15;

    private final OsmData data;
    private final RoadSegments roads;
    private final Random random;
    private final String city;

    Houses(OsmData data, RoadSegments roads, Random random, String city) {
        this.data = data;
        this.roads = roads;
        this.random = random;
        this.city = city;
    }

    /**
     * A house at each arc length along {@code street}, numbered from 1, alternately left and right a
     * plot's depth from the road. With {@code farms}, every fifth one is a farmhouse out in the fields on
     * {@code fieldSide} (+1 left, -1 right), far enough off the road that snapping it is a real choice.
     * Every house must be clearly nearer its own street than any other road, so that its address and the
     * road it snaps to agree; one that fits on neither side is left out and its number stays unused.
     */
    void along(Polyline street, String streetName, double[] stations, boolean farms, int fieldSide) {
        for (int i = 0; i < stations.length; i++) {
            boolean farmhouse = farms && i % FARM_EVERY == FARM_EVERY - 2;
            int side = farmhouse ? fieldSide : (i % 2 == 0 ? 1 : -1);
            double depth = farmhouse ? 60 + 190 * random.nextDouble() : 14 + 12 * random.nextDouble();
            String number = String.valueOf(i + 1);
            if (!place(street, stations[i], side * depth, streetName, number)
                    && !place(street, stations[i], -side * depth, streetName, number) && farmhouse) {
                // A farmhouse that fits nowhere out in the fields moves closer in before it gives up.
                double nearer = Math.max(60, depth / 2);
                if (!place(street, stations[i], side * nearer, streetName, number)) {
                    place(street, stations[i], -side * nearer, streetName, number);
                }
            }
        }
    }

    private boolean place(Polyline street, double station, double offset, String streetName, String number) {
        Xy home = street.beside(station, offset);
        if (roads.distanceToOtherThan(streetName, home) < Math.abs(offset) + CLEARANCE_METRES) {
            return false;
        }
        add(home, streetName, number);
        return true;
    }

    void add(Xy at, String streetName, String number) {
        data.node(at, address(streetName, number));
    }

    Tags address(String streetName, String number) {
        return Tags.of("addr:street", streetName, "addr:housenumber", number,
                "addr:city", city, "addr:postcode", POSTCODE);
    }

    /** {@code count} stations spread evenly, kept clear of the junctions at both ends of the street. */
    static double[] evenly(double length, int count) {
        double[] stations = new double[count];
        for (int i = 0; i < count; i++) {
            stations[i] = 40 + (length - 70) * i / Math.max(1, count - 1);
        }
        return stations;
    }
}
