package org.schoolshuttle.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.NorthBayreuthProfile;
import org.schoolshuttle.routing.RoutingService;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same scenario generator seeds the real north-bayreuth map: a school in a real village, children at real addresses. */
@QuarkusTest
@TestProfile(NorthBayreuthProfile.class)
class NorthBayreuthScenarioTest {

    @Inject
    ScenarioSeed seed;
    @Inject
    ChildRepository children;
    @Inject
    RoutingService routing;

    @Transactional
    ScenarioSeed.Summary seedNorthBayreuth() {
        return seed.seed(Scenario.northBayreuth(), 80, "demo-password-for-tests");
    }

    @Test
    void childrenLiveAtRealAddressesOfTheExtract() {
        Assumptions.assumeTrue(NorthBayreuthProfile.present(), NorthBayreuthProfile.absentMessage());
        RoadNetworkReady.await();
        ScenarioSeed.Summary summary = seedNorthBayreuth();
        assertEquals(6, summary.villages());
        assertEquals(80, summary.children());
        List<GeocodedPlace> addresses = routing.addresses(Locale.GERMAN);
        List<Child> seeded = children.list("schoolId in (select s.id from School s where s.nameEn = ?1)",
                "Neudrossenfeld Primary School");
        assertEquals(80, seeded.size());
        for (Child child : seeded) {
            assertTrue(addresses.stream().anyMatch(a -> a.lat() == child.pinLat && a.lon() == child.pinLon),
                    "child " + child.id + " lives at an address of the extract");
            assertTrue(NearbyAddresses.metres(child.pinLat, child.pinLon, child.homeLat, child.homeLon) < 1000,
                    "the home is snapped close to the address");
        }
    }
}
