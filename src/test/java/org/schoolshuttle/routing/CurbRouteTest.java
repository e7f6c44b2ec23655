package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.common.GeoPoint;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop on the two-way county road X103 of the demo township, with families on one side or the other: the route
 * arrives so that their side is at the minibus door (on the right: traffic keeps right here), whichever it is.
 */
@QuarkusTest
class CurbRouteTest {

    private static final GeoPoint ORIGIN = GeoPoint.parse(DemoTownship.LIUHE_VILLAGE, "origin");
    private static final double METRES_PER_DEGREE = 111_320;

    @Inject
    RoutingService routing;

    private GeoPoint stop;
    private double[] along;

    @BeforeEach
    void stopOnTheCountyRoad() {
        RoadNetworkReady.await();
        SnappedPoint snapped = routing.busStop(GeoPoint.parse(DemoTownship.NORTH_OF_JUNCTION, "stop"), "stop");
        stop = new GeoPoint(snapped.lat(), snapped.lon());
        // The road's direction at the stop: the first stretch of any drive that starts there.
        double[][] line = routing.route(stop, GeoPoint.parse(DemoTownship.PRIMARY_SCHOOL, "school"), TravelProfile.MINIBUS,
                Locale.ROOT).geometry().coordinates();
        along = unit(east(line[0], line[1]), north(line[0], line[1]));
    }

    @Test
    void theMinibusArrivesWithTheFamiliesSideAtTheDoorWhicheverSideTheyLiveOn() {
        GeoPoint left = beside(1);
        GeoPoint right = beside(-1);
        double[] arrivingForLeft = arrival(left);
        double[] arrivingForRight = arrival(right);
        assertTrue(sideOf(arrivingForLeft, left) < 0, "families left of the road (as the first stretch heads) are at the door");
        assertTrue(sideOf(arrivingForRight, right) < 0, "families right of the road are at the door");
        assertTrue(arrivingForLeft[0] * arrivingForRight[0] + arrivingForLeft[1] * arrivingForRight[1] < 0,
                "the two sides are reached from opposite directions");
    }

    @Test
    void keepingASideNeverMakesTheDriveShorter() {
        RouteView plain = routing.keptRoute(ORIGIN, stop, TravelProfile.MINIBUS, Locale.ROOT);
        for (int side : new int[] {1, -1}) {
            RouteView curb = routing.keptCurbRoute(Waypoint.at(ORIGIN), new Waypoint(stop, beside(side)), Locale.ROOT);
            assertTrue(curb.durationSeconds() >= plain.durationSeconds() - 1,
                    curb.durationSeconds() + " s curb side, " + plain.durationSeconds() + " s either side");
        }
    }

    @Test
    void theApiDoesNotOfferTheCurbSideProfile() {
        assertThrows(org.schoolshuttle.common.InvalidInputException.class,
                () -> TravelProfile.parse("minibus_curb", "profile"));
        assertEquals(TravelProfile.MINIBUS, TravelProfile.parse("minibus", "profile"));
    }

    /** The point 4 m off the stop to the left (+1) or right (-1) of the road's direction. */
    private GeoPoint beside(int side) {
        double east = -along[1] * 4 * side;
        double north = along[0] * 4 * side;
        return new GeoPoint(stop.lat() + north / METRES_PER_DEGREE,
                stop.lon() + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(stop.lat()))));
    }

    /** The direction of the last stretch of the drive to the stop with {@code side} at the door. */
    private double[] arrival(GeoPoint side) {
        double[][] line = routing.keptCurbRoute(Waypoint.at(ORIGIN), new Waypoint(stop, side), Locale.ROOT)
                .geometry().coordinates();
        double[] a = line[line.length - 2];
        double[] b = line[line.length - 1];
        return unit(east(a, b), north(a, b));
    }

    /** Positive when the point lies left of a vehicle heading {@code heading} at the stop, negative when right. */
    private double sideOf(double[] heading, GeoPoint point) {
        double[] at = {stop.lon(), stop.lat()};
        double[] p = {point.lon(), point.lat()};
        return heading[0] * north(at, p) - heading[1] * east(at, p);
    }

    private static double east(double[] from, double[] to) {
        return (to[0] - from[0]) * METRES_PER_DEGREE * Math.cos(Math.toRadians(from[1]));
    }

    private static double north(double[] from, double[] to) {
        return (to[1] - from[1]) * METRES_PER_DEGREE;
    }

    private static double[] unit(double east, double north) {
        double length = Math.hypot(east, north);
        return new double[] {east / length, north / length};
    }
}
