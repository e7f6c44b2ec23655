package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.TravelTimes;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The planner's travel times on the road network agree with single routes, in both directions. */
@QuarkusTest
class RoadTravelTimesTest {

    @Inject
    RoutingService routing;

    @Test
    void cellsAreTheMinibusRoutesBetweenThePoints() {
        RoadNetworkReady.await();
        List<GeoPoint> points = List.of(new GeoPoint(30.301124, 112.196250), new GeoPoint(30.329678, 112.187501),
                new GeoPoint(30.306295, 112.255205));
        TravelTimes times = routing.travelTimes(TravelProfile.MINIBUS, points);
        assertEquals(3, times.size());
        for (int from = 0; from < 3; from++) {
            assertEquals(0, times.seconds(from, from), 0.01);
            for (int to = 0; to < 3; to++) {
                if (from != to) {
                    RouteView route = routing.route(points.get(from), points.get(to), TravelProfile.MINIBUS, Locale.ENGLISH);
                    assertEquals(route.durationSeconds(), times.seconds(from, to), 1.0);
                    assertEquals(route.distanceMeters(), times.metres(from, to), 1.0);
                }
            }
        }
    }
}
