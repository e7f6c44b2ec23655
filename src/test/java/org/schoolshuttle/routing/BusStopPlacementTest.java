package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.planning.StopChoice;
import org.schoolshuttle.planning.StopPlacement;
import org.schoolshuttle.planning.WalkDistances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stops placed for real homes of the demo township: on roads a bus may stop on, within walking reach. */
@QuarkusTest
class BusStopPlacementTest {

    private static final String TRUNK = "318国道";

    @Inject
    RoutingService routing;

    @Test
    void aStopIsNeverOnTheTrunkRoadEvenForAHouseBesideIt() {
        RoadNetworkReady.await();
        // Songpo Road 16 stands 25 m from G318 and 105 m from its own lane.
        SnappedPoint stop = routing.busStop(new GeoPoint(30.288866, 112.215103), "home");
        assertNotEquals(TRUNK, stop.roadName());
        SnappedPoint onFoot = routing.snap(new GeoPoint(30.288866, 112.215103), TravelProfile.FOOT, "home");
        assertEquals(TRUNK, onFoot.roadName(), "the plain nearest road is the trunk");
    }

    @Test
    void everyVillageHomeGetsAStopWithinSixHundredMetresWalk() {
        RoadNetworkReady.await();
        List<GeoPoint> homes = routing.addresses(Locale.SIMPLIFIED_CHINESE).stream()
                .filter(a -> a.label().contains("柳河村") || a.label().contains("石桥村") || a.label().contains("松坡"))
                .map(a -> new GeoPoint(a.lat(), a.lon())).toList();
        assertTrue(homes.size() >= 40, "homes: " + homes.size());
        List<GeoPoint> candidates = new ArrayList<>();
        for (GeoPoint home : homes) {
            SnappedPoint stop = routing.busStop(home, "home");
            assertNotEquals(TRUNK, stop.roadName());
            candidates.add(new GeoPoint(stop.lat(), stop.lon()));
        }
        WalkDistances walk = routing.walkDistances(homes, candidates);
        StopChoice choice = new StopPlacement().choose(walk, limits(homes.size()), new BitSet());

        assertTrue(choice.stops().size() * 3 < homes.size(), choice.stops().size() + " stops for " + homes.size() + " homes");
        for (int h = 0; h < homes.size(); h++) {
            if (!choice.unreachable().contains(h)) {
                int nearest = choice.stops().get(choice.reachable().get(h)[0]);
                assertTrue(walk.metres(h, nearest) <= 600, "home " + h + " walks " + walk.metres(h, nearest) + " m");
            }
        }
        assertTrue(choice.unreachable().size() * 10 <= homes.size(), "unreachable: " + choice.unreachable().size());
    }

    private static double[] limits(int homes) {
        double[] limits = new double[homes];
        java.util.Arrays.fill(limits, 600);
        return limits;
    }
}
