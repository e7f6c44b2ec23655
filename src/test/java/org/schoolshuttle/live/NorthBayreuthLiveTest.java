package org.schoolshuttle.live;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.NorthBayreuthProfile;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A morning run on the real rural roads of north-bayreuth: children at real addresses around Neudrossenfeld, the
 * plan published, the run started and its phone replaying the run's own road; the family's ETA comes down and
 * "near" goes out once per stop.
 */
@QuarkusTest
@TestProfile(NorthBayreuthProfile.class)
class NorthBayreuthLiveTest {

    /** Grundschule Neudrossenfeld, and homes a couple of kilometres away so the run drives real roads. */
    private static final double SCHOOL_LAT = 50.0178;
    private static final double SCHOOL_LON = 11.5020;
    private static final double HOMES_LAT = 50.0275;
    private static final double HOMES_LON = 11.5150;

    @Inject
    RoutingService routing;

    @Test
    void aRunReplayedAlongRealRuralRoadsComesDownToTheStopAndSaysNearOnce() {
        Assumptions.assumeTrue(NorthBayreuthProfile.present(), NorthBayreuthProfile.absentMessage());
        RoadNetworkReady.await();
        long village = Api.asAdmin().body(Map.of("nameZh", Api.unique("村"), "nameEn", Api.unique("Neudrossenfeld "),
                        "centre", Map.of("lat", SCHOOL_LAT, "lon", SCHOOL_LON)))
                .post("/api/v1/villages").then().statusCode(201).extract().jsonPath().getLong("id");
        String coordinator = Api.coordinator(village);
        Map<String, Object> schoolBody = Api.primarySchool(village);
        schoolBody.put("nameZh", "诺伊德罗森费尔德小学");
        schoolBody.put("nameEn", "Neudrossenfeld Primary School");
        schoolBody.put("location", Map.of("lat", SCHOOL_LAT, "lon", SCHOOL_LON));
        long school = Api.as(coordinator, Api.PASSWORD).body(schoolBody).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Runs.schoolDays(coordinator, school, Runs.today(), Runs.today().plusDays(1));
        long sponsor = Plans.sponsor(coordinator, village);
        long vehicle = Plans.vehicle(coordinator, village, sponsor, 14);
        Map<String, Object> driverBody = Fleet.driverBody(village);
        driverBody.put("home", Map.of("lat", SCHOOL_LAT, "lon", SCHOOL_LON));
        long driverId = Fleet.create(coordinator, "/api/v1/drivers", driverBody);
        String driver = Fleet.driverLogin(coordinator, driverId);
        String parent = Api.parent();
        List<Long> kids = new ArrayList<>();
        for (GeocodedPlace home : Plans.addressesNear(routing, HOMES_LAT, HOMES_LON, 3)) {
            kids.add(Plans.register(parent, school, home));
        }
        JsonPath draft = Plans.draft(coordinator, school);
        Api.as(coordinator, Api.PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);
        Runs.Setup s = new Runs.Setup(new Api.SchoolSetup(school, village, coordinator), coordinator, sponsor, vehicle,
                driverId, driver, parent, kids, draft.getList("routes.id", Long.class));

        long run = LiveTrack.started(s);
        double[][] line = LiveTrack.lineOf(driver, run);
        double metres = new RouteLine(line).length();
        assertTrue(metres > 1000, "a run of real rural roads: " + Math.round(metres) + " m");
        assertTrue(LiveTrack.replay(s, run, line, 150) >= 2, "the family followed the shuttle coming");
        long stops = Api.as(driver, Api.PASSWORD).get("/api/v1/live/runs/" + run).then().statusCode(200)
                .extract().jsonPath().getList("stops").size();
        long near = LiveTrack.messages(parent, LiveNotices.NEAR);
        assertTrue(near >= 1 && near <= stops, "one near message per stop of the family: " + near + " for " + stops);
    }
}
