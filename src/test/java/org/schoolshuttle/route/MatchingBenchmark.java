package org.schoolshuttle.route;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.NorthBayreuthProfile;
import org.schoolshuttle.routing.RoutingService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/**
 * Benchmark, not a test (tagged {@code benchmark}, left out of the normal run): the whole service on
 * north-bayreuth and the database in use. 300 children are registered through the API, a draft plan with 15
 * minibuses of 25 seats is computed and published, then 200 more children register and are matched at once.
 * Prints the draft and publish times and the instant-matching latencies.
 * <pre>
 * mvn test -Dtest=MatchingBenchmark -Dshuttle.excluded-groups=none
 * </pre>
 */
@QuarkusTest
@TestProfile(NorthBayreuthProfile.class)
@Tag("benchmark")
class MatchingBenchmark {

    @Inject
    RoutingService routing;

    @Inject
    SeatMatcher matcher;

    @Test
    void draftPublishAndMatchOnARealMap() {
        Assumptions.assumeTrue(NorthBayreuthProfile.present(), NorthBayreuthProfile.absentMessage());
        RoadNetworkReady.await();
        long village = Api.asAdmin().body(Map.of("nameZh", Api.unique("村"), "nameEn", Api.unique("Neudrossenfeld "),
                "centre", Map.of("lat", 50.0178, "lon", 11.5020), "timeZone", "Europe/Berlin"))
                .post("/api/v1/villages").then().statusCode(201).extract().jsonPath().getLong("id");
        String coordinator = Api.coordinator(village);
        Map<String, Object> schoolBody = Api.primarySchool(village);
        schoolBody.put("location", Map.of("lat", 50.0178, "lon", 11.5020));
        schoolBody.remove("gradeWalkLimits");
        long school = as(coordinator, PASSWORD).body(schoolBody).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long sponsor = Plans.sponsor(coordinator, village);
        for (int v = 0; v < 15; v++) {
            Plans.vehicle(coordinator, village, sponsor, 25);
        }
        List<GeocodedPlace> homes = new ArrayList<>(routing.addresses(Locale.GERMAN));
        Collections.shuffle(homes, new Random(300));

        long t0 = System.nanoTime();
        register(school, homes.subList(0, 300));
        double registering = seconds(t0);

        long t1 = System.nanoTime();
        long planId = as(coordinator, PASSWORD).body(Map.of("solverSeconds", 20)).post("/api/v1/schools/" + school + "/plans")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(Plans.plan(coordinator, planId).getString("status")));
        double drafting = seconds(t1);
        JsonPath draft = Plans.plan(coordinator, planId);

        long t2 = System.nanoTime();
        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        double publishing = seconds(t2);

        long t3 = System.nanoTime();
        List<Long> late = register(school, homes.subList(300, 500));
        double lateRegistering = seconds(t3);
        double[] matching = new double[late.size()];
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < late.size(); i++) {
            long child = late.get(i);
            long t = System.nanoTime();
            Assignment a = QuarkusTransaction.requiringNew().call(() -> matcher.match(child).orElseThrow());
            matching[i] = (System.nanoTime() - t) / 1e6;
            outcomes.merge(a.seated() ? "SEATED" : a.waitlistReason.name(), 1, Integer::sum);
        }
        Arrays.sort(matching);
        // Seated children matched again, as when a family moves house: their seat is freed and sought anew, so every
        // stop in reach is weighed with the route's new times.
        List<Long> seated = draft.getList("seats.childId", Long.class).subList(0, 200);
        double[] rematching = new double[seated.size()];
        Map<String, Integer> again = new TreeMap<>();
        for (int i = 0; i < seated.size(); i++) {
            long child = seated.get(i);
            long t = System.nanoTime();
            Assignment a = QuarkusTransaction.requiringNew().call(() -> matcher.match(child).orElseThrow());
            rematching[i] = (System.nanoTime() - t) / 1e6;
            again.merge(a.seated() ? "SEATED" : a.waitlistReason.name(), 1, Integer::sum);
        }
        Arrays.sort(rematching);
        JsonPath after = Plans.plan(coordinator, planId);

        System.out.printf(Locale.ROOT, "%nnorth-bayreuth, one school, 15 minibuses of 25 seats%n");
        System.out.printf(Locale.ROOT, "registering 300 children through the API: %.1f s%n", registering);
        System.out.printf(Locale.ROOT, "draft plan (stops, matrix, 20 s optimiser, routes drawn, saved): %.1f s — %d vehicles,"
                        + " %d served, %d waiting, longest ride %.1f min, all rides %d min, %.1f km a day, longest walk %d m%n",
                drafting, draft.getInt("metrics.vehicles"), draft.getInt("metrics.childrenServed"),
                draft.getInt("metrics.childrenWaitlisted"), draft.getDouble("metrics.longestRideMinutes"),
                draft.getLong("metrics.totalRideMinutes"), draft.getDouble("metrics.kmPerDay"),
                draft.getLong("metrics.walkLongestMetres"));
        System.out.printf(Locale.ROOT, "publish: %.2f s%n", publishing);
        System.out.printf(Locale.ROOT, "200 late registrations with instant matching through the API: %.1f s (%.0f ms each)%n",
                lateRegistering, lateRegistering * 1000 / late.size());
        System.out.printf(Locale.ROOT, "instant matching alone, %d children: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                matching.length, matching[matching.length / 2], matching[(int) Math.ceil(matching.length * 0.95) - 1],
                matching[matching.length - 1]);
        System.out.printf(Locale.ROOT, "matching again 200 seated children (a move): p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " outcomes %s%n", rematching[rematching.length / 2],
                rematching[(int) Math.ceil(rematching.length * 0.95) - 1], rematching[rematching.length - 1], again);
        System.out.printf(Locale.ROOT, "late registrations: %s; plan now serves %d, longest ride %.1f min%n", outcomes,
                after.getInt("metrics.childrenServed"), after.getDouble("metrics.longestRideMinutes"));
    }

    /** Ten children per family, pinned at the given addresses; returns their ids. */
    private static List<Long> register(long school, List<GeocodedPlace> homes) {
        List<Long> ids = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < homes.size(); i++) {
            if (i % 10 == 0) {
                parent = Api.parent();
            }
            Map<String, Object> body = new HashMap<>(Plans.child(school, homes.get(i)));
            ids.add(as(parent, PASSWORD).body(body).post("/api/v1/children").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        return ids;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
