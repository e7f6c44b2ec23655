package org.schoolshuttle.route;

import org.schoolshuttle.common.GeoPoint;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;

import java.time.LocalTime;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

@QuarkusTest
class PlanResourceTest {

    @Inject
    RoutingService routing;

    private Api.SchoolSetup setup;
    private String coordinator;
    private long school;
    private long sponsor;
    private List<GeocodedPlace> liuhe;

    @BeforeEach
    void schoolWithAVehicle() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        setup = Api.schoolWithCoordinator();
        coordinator = setup.coordinator();
        school = setup.schoolId();
        sponsor = Plans.sponsor(coordinator, setup.villageId());
        liuhe = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 12);
    }

    @Test
    void aDraftSeatsEveryChildWithinTheLimitsAndPublishingShowsEachFamilyTheirStop() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        List<Long> kids = liuhe.subList(0, 6).stream().map(home -> Plans.register(parent, school, home)).toList();

        JsonPath before = Plans.assignment(parent, kids.get(0));
        assertEquals("WAITLISTED", before.getString("status"));
        assertEquals("NO_ROUTE_FOR_SCHOOL", before.getString("waitlistReason"));

        JsonPath draft = Plans.draft(coordinator, school);
        assertEquals("DRAFT", draft.getString("status"), draft.prettify());
        assertEquals(100, draft.getInt("progress"));
        assertEquals(6, draft.getInt("metrics.childrenServed"));
        assertEquals(0, draft.getInt("metrics.childrenWaitlisted"));
        assertEquals(1, draft.getInt("metrics.vehicles"));
        assertTrue(draft.getDouble("metrics.longestRideMinutes") <= 45, "ride limit");
        assertTrue(draft.getLong("metrics.walkLongestMetres") <= 600, "walking limit");
        assertEquals(List.of("TO_SCHOOL", "FROM_SCHOOL"), draft.getList("routes.direction"));

        // Morning: every stop before the next, at school 10 to 30 minutes before the 08:00 bell.
        LocalTime arrival = LocalTime.parse(draft.getString("routes[0].schoolTime"));
        assertFalse(arrival.isBefore(LocalTime.of(7, 30)) || arrival.isAfter(LocalTime.of(7, 50)), "arrival " + arrival);
        List<String> morning = draft.getList("routes[0].stops.time");
        assertInOrder(morning);
        assertTrue(LocalTime.parse(morning.get(morning.size() - 1)).isBefore(arrival));
        // Afternoon: leaves 10 minutes after the 16:30 dismissal and drives the stops backwards.
        assertEquals("16:40:00", draft.getString("routes[1].schoolTime"));
        assertInOrder(draft.getList("routes[1].stops.time"));
        assertEquals(6, draft.getInt("routes[0].childrenOnBoard"));
        assertEquals("CHARITY_FUNDED", draft.getString("routes[0].fundingModel"));
        assertEquals(List.of((int) sponsor), draft.getList("routes[0].sponsorIds"));
        assertTrue(draft.getList("routes[0].geometry.coordinates").size() > 2, "the road is drawn");
        assertEquals(6, draft.getList("seats").size());

        JsonPath comparison = as(coordinator, PASSWORD).get("/api/v1/plans/" + draft.getLong("id") + "/comparison")
                .then().statusCode(200).extract().jsonPath();
        assertNull(comparison.get("publishedPlanId"));
        assertEquals(6, comparison.getInt("draft.childrenServed"));

        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        JsonPath seat = Plans.assignment(parent, kids.get(0));
        assertEquals("SEATED", seat.getString("status"), seat.prettify());
        assertFalse(seat.getString("stop.name").isBlank());
        assertTrue(seat.getDouble("walk.distanceMetres") <= 600);
        assertEquals("LineString", seat.getString("walk.geometry.type"));
        assertTrue(LocalTime.parse(seat.getString("toSchool.atStop")).isBefore(LocalTime.parse(seat.getString("toSchool.atSchool"))));
        assertEquals("16:40:00", seat.getString("fromSchool.atSchool"));
        assertTrue(LocalTime.parse(seat.getString("fromSchool.atStop")).isAfter(LocalTime.of(16, 40)));

        as(parent, PASSWORD).get("/api/v1/messages").then().statusCode(200)
                .body("total", equalTo(6)).body("items.topic", hasItem("PLAN_CHANGED"))
                .body("items[0].body", startsWith("小"));
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aChildRegisteredAfterPublishingIsSeatedAtOnceNearHomeOrAtANewStop() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        liuhe.subList(0, 3).forEach(home -> Plans.register(parent, school, home));
        long planId = Plans.draft(coordinator, school).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        int stopsBefore = Plans.plan(coordinator, planId).getList("routes[0].stops").size();

        long neighbour = Plans.register(parent, school, liuhe.get(3));
        JsonPath seat = Plans.assignment(parent, neighbour);
        assertEquals("SEATED", seat.getString("status"), seat.prettify());

        // Nanwan lies on the other side of town: a new stop, inserted where the detour is least.
        GeocodedPlace nanwan = Plans.addressesNear(routing, 30.266725, 112.207291, 1).get(0);
        long far = Plans.register(parent, school, nanwan);
        JsonPath farSeat = Plans.assignment(parent, far);
        assertEquals("SEATED", farSeat.getString("status"), farSeat.prettify());
        JsonPath plan = Plans.plan(coordinator, planId);
        assertEquals(stopsBefore + 1, plan.getList("routes[0].stops").size());
        assertEquals(stopsBefore + 1, plan.getList("routes[1].stops").size());
        assertTrue(plan.getDouble("metrics.longestRideMinutes") <= 45);
        assertInOrder(plan.getList("routes[0].stops.time"));
        // The afternoon route has the new stop too, where it fits its own order, and its times still run forward.
        assertInOrder(plan.getList("routes[1].stops.time"));
        assertEquals(java.util.Set.copyOf(plan.getList("routes[0].stops.stopId")),
                java.util.Set.copyOf(plan.getList("routes[1].stops.stopId")));
        assertEquals(5, plan.getInt("metrics.childrenServed"));

        // Nanwan is driven first, before Liuhe: the Liuhe families' times stay as they were and nobody is told.
        List<String> bodies = as(parent, PASSWORD).get("/api/v1/messages?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.body");
        assertTrue(bodies.stream().noneMatch(b -> b.contains("has new times") || b.contains("时间有变")), bodies.toString());
        // Every seat given is in the audit log, with who asked for it.
        as(coordinator, PASSWORD).get("/api/v1/audit?entityType=assignment&size=100").then().statusCode(200)
                .body("items.changes.childId", hasItem((int) far));
    }

    @Test
    void familiesOnOneSideOfTheCountyRoadBoardAndAlightOnTheirSide() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        // Houses 40 m east of the county road X103, north of its junction with G318.
        for (double lat : new double[] {30.2893, 30.2897, 30.2901}) {
            Plans.register(parent, school, new GeoPoint(lat, 112.204961 + 0.0004));
        }
        JsonPath draft = Plans.draft(coordinator, school);
        assertEquals(3, draft.getInt("metrics.childrenServed"), draft.prettify());
        List<Boolean> morning = draft.getList("routes[0].stops.curbSide");
        assertTrue(morning.contains(true), "the minibus keeps their side at the door: " + draft.prettify());
        assertEquals(morning.stream().filter(c -> c).count(),
                draft.<Boolean>getList("routes[1].stops.curbSide").stream().filter(c -> c).count(), "both ways");
        assertTrue(draft.getDouble("metrics.longestRideMinutes") <= 45, "the turns keep the ride limit");
        // Along the drawn road the minibus reaches the stop heading so that the houses are on its right, the door side.
        for (int route : new int[] {0, 1}) {
            List<List<Float>> line = draft.getList("routes[" + route + "].geometry.coordinates");
            double stopLat = draft.getDouble("routes[" + route + "].stops[0].lat");
            double stopLon = draft.getDouble("routes[" + route + "].stops[0].lon");
            int at = 1;
            for (int i = 1; i < line.size(); i++) {
                if (Math.hypot(line.get(i).get(0) - stopLon, line.get(i).get(1) - stopLat)
                        < Math.hypot(line.get(at).get(0) - stopLon, line.get(at).get(1) - stopLat)) {
                    at = i;
                }
            }
            double headingEast = line.get(at).get(0) - line.get(at - 1).get(0);
            double headingNorth = line.get(at).get(1) - line.get(at - 1).get(1);
            double housesEast = 112.204961 + 0.0004 - stopLon;
            double housesNorth = 0;
            assertTrue(headingEast * housesNorth - headingNorth * housesEast < 0, "route " + route + " has the houses on its left");
        }
        // The driver's screen of the day's run says so at the stop.
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);
        LocalDate today = org.schoolshuttle.run.Runs.today();
        org.schoolshuttle.run.Runs.schoolDays(coordinator, school, today);
        as(coordinator, PASSWORD).body(Map.of("date", today.toString())).post("/api/v1/schools/" + school + "/runs")
                .then().statusCode(200);
        long run = as(coordinator, PASSWORD).queryParam("schoolId", school).queryParam("date", today.toString())
                .queryParam("direction", "TO_SCHOOL").get("/api/v1/runs").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.direction == 'TO_SCHOOL' }.id");
        as(coordinator, PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200)
                .body("stops[0].curbSide", equalTo(true));
    }

    @Test
    void aVehicleKeptAtADepotStartsItsMorningRouteThereAndEndsTheAfternoonRouteThere() {
        Map<String, Object> body = Plans.vehicleBody(setup.villageId(), sponsor, 14);
        body.put("base", Map.of("lat", 30.30020, "lon", 112.19850));
        long vehicle = Plans.vehicle(coordinator, body);
        JsonPath depot = as(coordinator, PASSWORD).get("/api/v1/vehicles/" + vehicle).then().extract().jsonPath();
        String parent = Api.parent();
        liuhe.subList(0, 3).forEach(home -> Plans.register(parent, school, home));
        JsonPath draft = Plans.draft(coordinator, school);
        List<List<Float>> morning = draft.getList("routes[0].geometry.coordinates");
        List<List<Float>> afternoon = draft.getList("routes[1].geometry.coordinates");
        assertNear(depot.getDouble("base.lon"), depot.getDouble("base.lat"), morning.get(0));
        assertNear(depot.getDouble("base.lon"), depot.getDouble("base.lat"), afternoon.get(afternoon.size() - 1));
        // From the depot in town out to Liuhe and back to school: longer than the stops-to-school part alone.
        assertTrue(draft.getDouble("routes[0].km") > 6, "km " + draft.getDouble("routes[0].km"));
    }

    @Test
    void aChildInAWheelchairRidesTheVehicleWithAWheelchairPlace() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        Map<String, Object> accessible = Plans.vehicleBody(setup.villageId(), sponsor, 14);
        accessible.put("wheelchairPlaces", 1);
        long withPlace = Plans.vehicle(coordinator, accessible);
        String parent = Api.parent();
        liuhe.subList(0, 2).forEach(home -> Plans.register(parent, school, home));
        Map<String, Object> wheelchair = Plans.child(school, liuhe.get(2));
        wheelchair.put("needsWheelchair", true);
        as(parent, PASSWORD).body(wheelchair).post("/api/v1/children").then().statusCode(201);
        JsonPath draft = Plans.draft(coordinator, school);
        assertEquals(3, draft.getInt("metrics.childrenServed"), draft.prettify());
        assertEquals(List.of((int) withPlace, (int) withPlace), draft.getList("routes.vehicleId"));
    }

    private static void assertNear(double lon, double lat, List<Float> coordinate) {
        assertEquals(lon, coordinate.get(0), 0.001);
        assertEquals(lat, coordinate.get(1), 0.001);
    }

    @Test
    void aStopNobodyBoardsAtAnyMoreLeavesTheRouteAndAPlannedVehicleCannotBeDeleted() {
        long vehicle = Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        liuhe.subList(0, 3).forEach(home -> Plans.register(parent, school, home));
        long planId = Plans.draft(coordinator, school).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        JsonPath before = Plans.plan(coordinator, planId);
        int stops = before.getList("routes[0].stops").size();

        GeocodedPlace nanwan = Plans.addressesNear(routing, 30.266725, 112.207291, 1).get(0);
        long far = Plans.register(parent, school, nanwan);
        assertEquals(stops + 1, Plans.plan(coordinator, planId).getList("routes[0].stops").size());
        as(parent, PASSWORD).post("/api/v1/children/" + far + "/withdrawal").then().statusCode(200);
        JsonPath after = Plans.plan(coordinator, planId);
        assertEquals(stops, after.getList("routes[0].stops").size());
        assertEquals(stops, after.getList("routes[1].stops").size());
        assertEquals(before.getList("routes[0].stops.stopId"), after.getList("routes[0].stops.stopId"));
        assertEquals(before.getDouble("routes[0].km"), after.getDouble("routes[0].km"), 0.15);
        assertEquals(3, after.getInt("metrics.childrenServed"));

        assertProblem(as(coordinator, PASSWORD).delete("/api/v1/vehicles/" + vehicle), 409, "id");
        as(coordinator, PASSWORD).get("/api/v1/vehicles/" + vehicle).then().statusCode(200);
    }

    @Test
    void aChildWhoMovedAfterTheDraftIsSeatedFromTheNewHomeWhenThePlanIsPublished() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        liuhe.subList(0, 2).forEach(home -> Plans.register(parent, school, home));
        long mover = Plans.register(parent, school, liuhe.get(2));
        long planId = Plans.draft(coordinator, school).getLong("id");
        GeocodedPlace nanwan = Plans.addressesNear(routing, 30.266725, 112.207291, 1).get(0);
        Map<String, Object> moved = Plans.child(school, nanwan);
        JsonPath before = as(parent, PASSWORD).get("/api/v1/children/" + mover).then().extract().jsonPath();
        moved.put("givenName", before.getString("givenName"));
        moved.put("birthDate", before.getString("birthDate"));
        as(parent, PASSWORD).body(moved).put("/api/v1/children/" + mover).then().statusCode(200);

        as(coordinator, PASSWORD).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        JsonPath seat = Plans.assignment(parent, mover);
        assertEquals("SEATED", seat.getString("status"), seat.prettify());
        assertTrue(seat.getDouble("walk.distanceMetres") <= 600, seat.prettify());
        assertTrue(Math.abs(seat.getDouble("stop.lat") - nanwan.lat()) < 0.01, "a stop near the new home");
    }

    @Test
    void childrenWhoCannotBeSeatedWaitWithTheReason() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 2);
        String parent = Api.parent();
        liuhe.subList(0, 2).forEach(home -> Plans.register(parent, school, home));
        Map<String, Object> wheelchair = Plans.child(school, liuhe.get(2));
        wheelchair.put("needsWheelchair", true);
        long inWheelchair = as(parent, PASSWORD).body(wheelchair).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath draft = Plans.draft(coordinator, school);
        assertEquals(2, draft.getInt("metrics.childrenServed"));
        assertEquals(List.of("NEEDS_NOT_MET"), draft.getList("waitlist.reason"));
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);

        JsonPath waiting = Plans.assignment(parent, inWheelchair);
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals("NEEDS_NOT_MET", waiting.getString("waitlistReason"));
        assertTrue(waiting.getString("explanation").contains("wheelchair"));

        long late = Plans.register(parent, school, liuhe.get(3));
        assertEquals("NO_SEAT", Plans.assignment(parent, late).getString("waitlistReason"));
        assertEquals(2, Plans.plan(coordinator, draft.getLong("id")).getInt("metrics.childrenServed"));
    }

    @Test
    void replanningIsComparedWithThePublishedPlanAndReplacesIt() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        liuhe.subList(0, 4).forEach(home -> Plans.register(parent, school, home));
        long first = Plans.draft(coordinator, school).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + first + "/publish").then().statusCode(200);

        GeocodedPlace nanwan = Plans.addressesNear(routing, 30.266725, 112.207291, 1).get(0);
        Plans.register(parent, school, nanwan);
        long second = Plans.draft(coordinator, school).getLong("id");
        JsonPath comparison = as(coordinator, PASSWORD).get("/api/v1/plans/" + second + "/comparison")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(first, comparison.getLong("publishedPlanId"));
        assertEquals(5, comparison.getInt("published.childrenServed"));
        assertEquals(5, comparison.getInt("draft.childrenServed"));
        // Re-planning keeps every family at the stop it knows: only times may move.
        List<Map<String, Object>> changes = comparison.getList("changes");
        for (Map<String, Object> change : changes) {
            Map<?, ?> before = (Map<?, ?>) change.get("before");
            Map<?, ?> after = (Map<?, ?>) change.get("after");
            assertEquals(before.get("stopId"), after.get("stopId"), change.toString());
        }

        as(coordinator, PASSWORD).post("/api/v1/plans/" + second + "/publish").then().statusCode(200);
        assertEquals("SUPERSEDED", Plans.plan(coordinator, first).getString("status"));
        as(coordinator, PASSWORD).post("/api/v1/plans/" + first + "/publish").then().statusCode(409);
        as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].id", equalTo((int) second));

        // A draft nobody wants is discarded; the published and superseded plans are the record and stay.
        long unwanted = Plans.draft(coordinator, school).getLong("id");
        assertProblem(as(Api.coordinator(Api.village()), PASSWORD).delete("/api/v1/plans/" + unwanted), 404, null);
        as(coordinator, PASSWORD).delete("/api/v1/plans/" + unwanted).then().statusCode(204);
        as(coordinator, PASSWORD).get("/api/v1/plans/" + unwanted).then().statusCode(404);
        assertProblem(as(coordinator, PASSWORD).delete("/api/v1/plans/" + second), 409, "status");
        assertProblem(as(coordinator, PASSWORD).delete("/api/v1/plans/" + first), 409, "status");
        assertEquals(5, Plans.plan(coordinator, second).getInt("metrics.childrenServed"));
    }

    @Test
    void badRequestsForADraftAreRefusedWithTheFieldAndChangeNothing() {
        long vehicle = Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        assertProblem(start(Map.of("solverSeconds", 0)), 400, "solverSeconds");
        assertProblem(start(Map.of("solverSeconds", 301)), 400, "solverSeconds");
        assertProblem(start(Map.of("vehicleIds", List.of(vehicle, vehicle))), 400, "vehicleIds[1]");
        assertProblem(start(Map.of("vehicleIds", List.of(999_999_999))), 422, "vehicleIds[0]");
        Api.SchoolSetup other = Api.schoolWithCoordinator();
        long foreign = Plans.vehicle(other.coordinator(), other.villageId(), Plans.sponsor(other.coordinator(), other.villageId()), 8);
        assertProblem(start(Map.of("vehicleIds", List.of(foreign))), 422, "vehicleIds[0]");
        assertProblem(as(coordinator, PASSWORD).body("{\"solverSeconds\": \"soon\"}").post("/api/v1/schools/" + school + "/plans"),
                400, null);
        as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/plans").then().body("total", equalTo(0));

        String parent = Api.parent();
        liuhe.subList(0, 3).forEach(home -> Plans.register(parent, school, home));
        long running = start(Map.of("solverSeconds", 4)).then().statusCode(202).extract().jsonPath().getLong("id");
        assertProblem(start(Map.of("solverSeconds", 1)), 409, "schoolId");
        assertProblem(as(coordinator, PASSWORD).post("/api/v1/plans/" + running + "/publish"), 409, "status");
        Plans.computed(coordinator, running);
    }

    @Test
    void aVolunteersCarIsLeftOutWhenTheyNeverDriveOnSchoolMornings() {
        long minibus = Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        long weekendDriver = volunteer(List.of(Map.of("dayOfWeek", "SATURDAY", "partOfDay", "MORNING")));
        long mondayDriver = volunteer(List.of(Map.of("dayOfWeek", "MONDAY", "partOfDay", "MORNING")));
        long weekendCar = car(weekendDriver);
        long mondayCar = car(mondayDriver);
        List<Integer> pool = start(Map.of("solverSeconds", 1)).then().statusCode(202).extract().jsonPath().getList("vehicleIds");
        assertEquals(List.of((int) minibus, (int) mondayCar), pool);
        assertFalse(pool.contains((int) weekendCar));
    }

    private long volunteer(List<Map<String, String>> availability) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("villageId", setup.villageId());
        body.put("givenName", "建国");
        body.put("familyName", "李");
        body.put("phone", Api.uniquePhone());
        body.put("kind", "VOLUNTEER");
        body.put("licenceClass", "C1");
        body.put("licenceExpiry", "2030-06-30");
        body.put("backgroundCheckOn", "2025-01-10");
        body.put("backgroundCheckExpiry", "2028-01-10");
        body.put("trainingOn", java.time.LocalDate.now().minusMonths(1).toString());
        body.put("availability", availability);
        return as(coordinator, PASSWORD).body(body).post("/api/v1/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long car(long ownerDriverId) {
        Map<String, Object> body = Plans.vehicleBody(setup.villageId(), sponsor, 4);
        body.remove("ownerSponsorId");
        body.put("ownerDriverId", ownerDriverId);
        body.put("kind", "CAR");
        return Plans.vehicle(coordinator, body);
    }

    @Test
    void aVehicleServesASecondSchoolWhenTheBellTimesLeaveTimeToDriveOver() {
        long minibus = Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        liuhe.subList(0, 2).forEach(home -> Plans.register(parent, school, home));
        long close = otherSchool("08:15", "16:45");
        Plans.register(parent, close, liuhe.get(2));
        // A draft for the school with the close bell, made while the minibus was still free...
        long closeDraft = as(coordinator, PASSWORD).body(Map.of("vehicleIds", List.of(minibus), "solverSeconds", 1))
                .post("/api/v1/schools/" + close + "/plans").then().statusCode(202).extract().jsonPath().getLong("id");
        assertEquals("DRAFT", Plans.computed(coordinator, closeDraft).getString("status"));
        long first = Plans.draft(coordinator, school).getLong("id");
        as(coordinator, PASSWORD).post("/api/v1/plans/" + first + "/publish").then().statusCode(200);
        // ...cannot be published once the minibus drives the first school's routes at the same times.
        assertProblem(as(coordinator, PASSWORD).post("/api/v1/plans/" + closeDraft + "/publish"), 409, "status");
        assertProblem(as(coordinator, PASSWORD).body(Map.of("vehicleIds", List.of(minibus)))
                .post("/api/v1/schools/" + close + "/plans"), 422, "vehicleIds[0]");
        assertProblem(as(coordinator, PASSWORD).body(Map.of()).post("/api/v1/schools/" + close + "/plans"), 422, "vehicleIds");

        long late = otherSchool("09:30", "15:00");
        as(coordinator, PASSWORD).body(Map.of()).post("/api/v1/schools/" + late + "/plans").then().statusCode(202)
                .body("vehicleIds", equalTo(List.of((int) minibus)));
    }

    private long otherSchool(String bell, String dismissal) {
        Map<String, Object> body = new java.util.HashMap<>(Api.primarySchool(setup.villageId()));
        body.put("nameEn", Api.unique("School "));
        body.put("nameZh", Api.unique("学校"));
        body.put("morningBell", bell);
        body.put("afternoonDismissal", dismissal);
        return as(coordinator, PASSWORD).body(body).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aVillageWithoutAFitVehicleCannotPlan() {
        assertProblem(start(Map.of()), 422, "vehicleIds");
        as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/plans").then().body("total", equalTo(0));
    }

    @Test
    void theCoordinatorNamesDriverFundingAndSponsorsOfARoute() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        Plans.register(parent, school, liuhe.get(0));
        long routeId = Plans.draft(coordinator, school).getLong("routes[0].id");
        Api.SchoolSetup other = Api.schoolWithCoordinator();
        long foreignSponsor = Plans.sponsor(other.coordinator(), other.villageId());

        assertProblem(as(coordinator, PASSWORD).body(Map.of("driverId", 1)).put("/api/v1/routes/" + routeId), 400, "fundingModel");
        assertProblem(as(coordinator, PASSWORD).body(Map.of("fundingModel", "SOCIAL_ORGANISATION", "sponsorIds", List.of(foreignSponsor)))
                .put("/api/v1/routes/" + routeId), 422, "sponsorIds");
        assertProblem(as(coordinator, PASSWORD).body(Map.of("fundingModel", "SOCIAL_ORGANISATION", "driverId", 999_999_999))
                .put("/api/v1/routes/" + routeId), 422, "driverId");
        as(coordinator, PASSWORD).body(Map.of("fundingModel", "SOCIAL_ORGANISATION", "sponsorIds", List.of(sponsor)))
                .put("/api/v1/routes/" + routeId).then().statusCode(200)
                .body("fundingModel", equalTo("SOCIAL_ORGANISATION")).body("sponsorIds", equalTo(List.of((int) sponsor)));
        assertProblem(as(other.coordinator(), PASSWORD).body(Map.of("fundingModel", "CHARITY_FUNDED"))
                .put("/api/v1/routes/" + routeId), 404, null);
    }

    @Test
    void plansAndSeatsAreRefusedOutsideTheCallersScope() {
        Plans.vehicle(coordinator, setup.villageId(), sponsor, 14);
        String parent = Api.parent();
        long child = Plans.register(parent, school, liuhe.get(0));
        long planId = Plans.draft(coordinator, school).getLong("id");
        String stranger = Api.coordinator(Api.village());
        String otherParent = Api.parent();

        for (Response r : List.of(as(stranger, PASSWORD).get("/api/v1/plans/" + planId),
                as(stranger, PASSWORD).get("/api/v1/plans/" + planId + "/comparison"),
                as(stranger, PASSWORD).post("/api/v1/plans/" + planId + "/publish"),
                as(stranger, PASSWORD).body(Map.of()).post("/api/v1/schools/" + school + "/plans"),
                as(stranger, PASSWORD).get("/api/v1/schools/" + school + "/plans"),
                as(stranger, PASSWORD).get("/api/v1/children/" + child + "/assignment"),
                as(otherParent, PASSWORD).get("/api/v1/children/" + child + "/assignment"))) {
            r.then().statusCode(404).contentType("application/problem+json");
        }
        for (Response r : List.of(as(parent, PASSWORD).get("/api/v1/plans/" + planId),
                as(parent, PASSWORD).post("/api/v1/plans/" + planId + "/publish"),
                as(parent, PASSWORD).body(Map.of()).post("/api/v1/schools/" + school + "/plans"))) {
            r.then().statusCode(403);
        }
        given().get("/api/v1/plans/" + planId).then().statusCode(401);
        given().get("/api/v1/children/" + child + "/assignment").then().statusCode(401);
        assertEquals("DRAFT", Plans.plan(coordinator, planId).getString("status"), "the refused publish changed nothing");
        Plans.assignment(coordinator, child);
        Api.asAdmin().get("/api/v1/plans/" + planId).then().statusCode(200);
    }

    private Response start(Map<String, Object> body) {
        return as(coordinator, PASSWORD).body(body).post("/api/v1/schools/" + school + "/plans");
    }

    private static void assertProblem(Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.then().body("errors.field", hasItem(field));
        }
    }

    private static void assertInOrder(List<String> times) {
        for (int k = 1; k < times.size(); k++) {
            assertTrue(!LocalTime.parse(times.get(k)).isBefore(LocalTime.parse(times.get(k - 1))), "times in order: " + times);
        }
    }
}
