package org.schoolshuttle.route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * Two families register at the same moment for the last seat: one child is seated, the other waits with NO_SEAT,
 * and the vehicle never carries more children than it has seats. Run against PostgreSQL in CI.
 */
@QuarkusTest
class LastSeatTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void ready() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @RepeatedTest(3)
    void twoFamiliesRacingForTheLastSeatNeverGetItBoth() throws Exception {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        String coordinator = setup.coordinator();
        Plans.vehicle(coordinator, setup.villageId(), Plans.sponsor(coordinator, setup.villageId()), 3);
        List<GeocodedPlace> liuhe = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 6);
        String first = Api.parent();
        Plans.register(first, setup.schoolId(), liuhe.get(0));
        Plans.register(first, setup.schoolId(), liuhe.get(1));
        long planId = Plans.draft(coordinator, setup.schoolId()).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);

        String a = Api.parent();
        String b = Api.parent();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Long>> registrations = new ArrayList<>();
            registrations.add(() -> {
                together.await();
                return Plans.register(a, setup.schoolId(), liuhe.get(2));
            });
            registrations.add(() -> {
                together.await();
                return Plans.register(b, setup.schoolId(), liuhe.get(3));
            });
            List<Future<Long>> done = pool.invokeAll(registrations);
            String seatA = Plans.assignment(a, done.get(0).get()).getString("status");
            String seatB = Plans.assignment(b, done.get(1).get()).getString("status");
            List<String> outcome = new ArrayList<>(List.of(seatA, seatB));
            outcome.sort(null);
            assertEquals(List.of("SEATED", "WAITLISTED"), outcome);
        } finally {
            pool.shutdownNow();
        }
        int onBoard = Plans.plan(coordinator, planId).getInt("routes[0].childrenOnBoard");
        assertEquals(3, onBoard);
        assertTrue(Plans.plan(coordinator, planId).getInt("metrics.childrenServed") <= 3);
    }
}
