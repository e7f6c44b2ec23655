package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import org.schoolshuttle.RoadNetworkReady;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.schoolshuttle.routing.RoutingCalls.signedIn;
import static org.schoolshuttle.NumberMatchers.atLeast;
import static org.schoolshuttle.NumberMatchers.between;
import static org.schoolshuttle.NumberMatchers.near;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.routing.DemoTownship.*;
import static org.schoolshuttle.routing.RoutingCalls.*;

/** The routing API on the demo township that a fresh clone runs on. */
@QuarkusTest
class RoutingResourceTest {

    @BeforeEach
    void roadNetworkLoaded() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }


    @Test
    void minibusRouteFromAVillageAcrossTheRiverToTheSchool() {
        route(LIUHE_VILLAGE, PRIMARY_SCHOOL, "minibus").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Link", containsString("openstreetmap.org/copyright"))
                .body("profile", equalTo("minibus"))
                // 3.2 km as the crow flies; the county road over the bridge is about 4.2 km
                .body("distanceMeters", between(3_500, 6_000))
                .body("durationSeconds", between(180, 900))
                .body("geometry.type", equalTo("LineString"))
                .body("geometry.coordinates[0][0]", between(112.18, 112.20))
                .body("geometry.coordinates[0][1]", between(30.32, 30.34))
                .body("instructions.text", hasItem(containsString("学府街")))
                .body("instructions[-1].text", equalTo("arrive at destination"))
                .body("roadClasses.roadClass", hasItem("tertiary"))
                .body("attribution", containsString("OpenStreetMap"));
    }

    @Test
    void childWalkNeverFollowsTheTrunkRoadThatAnAdultWalkWouldTake() {
        route(NORTH_OF_JUNCTION, SONGPO_ROAD_16, "foot").then()
                .statusCode(200)
                .body("roadClasses.roadClass", hasItem("trunk"))
                .body("distanceMeters", between(0, 1_500));
        route(NORTH_OF_JUNCTION, SONGPO_ROAD_16, "child_walk").then()
                .statusCode(200)
                .body("roadClasses.roadClass", everyItem(not(is("trunk"))))
                .body("roadClasses.roadClass", everyItem(not(is("primary"))))
                .body("distanceMeters", atLeast(4_000));
    }

    @Test
    void childWalkCrossesTheTrunkAtTheSignalledJunction() {
        // Nanwan lies south of G318; the only way to school on foot crosses it at the signals.
        route(NANWAN_VILLAGE, PRIMARY_SCHOOL, "child_walk").then()
                .statusCode(200)
                .body("roadClasses.roadClass", everyItem(not(is("trunk"))))
                .body("distanceMeters", between(3_500, 6_000))
                // children walk at most 4 km/h
                .body("durationSeconds", atLeast(3_150));
    }

    @Test
    void instructionsFollowTheLanguageAskedFor() {
        signedIn().queryParam("from", NANWAN_VILLAGE).queryParam("to", PRIMARY_SCHOOL).queryParam("profile", "child_walk")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .when().get("/api/v1/routing/route")
                .then().statusCode(200)
                .body("instructions[-1].text", matchesPattern("到达.*"));
        signedIn().queryParam("from", NANWAN_VILLAGE).queryParam("to", PRIMARY_SCHOOL).queryParam("locale", "zh")
                .header("Accept-Language", "en")
                .when().get("/api/v1/routing/route")
                .then().statusCode(200)
                .body("instructions[0].text", matchesPattern(".*\\p{IsHan}.*"));
        signedIn().queryParam("from", NANWAN_VILLAGE).queryParam("to", PRIMARY_SCHOOL)
                .header("Accept-Language", "en-GB")
                .when().get("/api/v1/routing/route")
                .then().statusCode(200)
                .body("instructions[-1].text", equalTo("arrive at destination"));
    }

    @Test
    void routeRefusesBadPointsAndProfilesWithProblemJson() {
        assertProblem(route("30.30", PRIMARY_SCHOOL, "minibus"), 400, "from", "LAT,LON");
        assertProblem(route("north,east", PRIMARY_SCHOOL, "minibus"), 400, "from", "decimal numbers");
        assertProblem(route("95,112.2", PRIMARY_SCHOOL, "minibus"), 400, "from", "latitude");
        assertProblem(route(PRIMARY_SCHOOL, "30.3,190", "minibus"), 400, "to", "longitude");
        assertProblem(route(PRIMARY_SCHOOL, "NaN,112.2", "minibus"), 400, "to", "latitude");
        assertProblem(route(PRIMARY_SCHOOL, null, "minibus"), 400, "to", "required");
        assertProblem(route(PRIMARY_SCHOOL, LIUHE_VILLAGE, "bicycle"), 400, "profile", "minibus, child_walk");
        assertProblem(route("31.5,112.2", PRIMARY_SCHOOL, "minibus"), 422, "from", "outside the map");
        assertProblem(route(PRIMARY_SCHOOL, "30.2612,112.2700", "minibus"), 422, "to", "no road");
    }

    @Test
    void routingNeedsASignedInAccount() {
        given().queryParam("from", LIUHE_VILLAGE).queryParam("to", PRIMARY_SCHOOL).when().get("/api/v1/routing/route")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("nobody-by-this-name", "wrong-password-here").queryParam("point", FIELD)
                .when().get("/api/v1/routing/snap")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void snapPutsAFieldOntoTheNearestRoad() {
        signedIn().queryParam("point", FIELD).queryParam("profile", "child_walk")
                .when().get("/api/v1/routing/snap")
                .then().statusCode(200)
                .body("roadName", equalTo("北环路"))
                .body("distanceMeters", between(150, 250))
                .body("lat", between(30.3040, 30.3050));
        assertProblem(signedIn().queryParam("point", "30.3").when().get("/api/v1/routing/snap"), 400, "point", "LAT,LON");
        assertProblem(signedIn().queryParam("point", "0,0").when().get("/api/v1/routing/snap"), 422, "point", "outside the map");
    }

    @Test
    void matrixCellsMatchSingleRoutes() {
        List<String> places = List.of(PRIMARY_SCHOOL, LIUHE_VILLAGE, NANWAN_VILLAGE, DONGLING_VILLAGE);
        assertMatrixMatchesSingleRoutes(places, "minibus");
        assertMatrixMatchesSingleRoutes(places, "child_walk");
    }

    @Test
    void matrixRefusesBadRequestsWithTheFieldAtFault() {
        List<Double> school = pair(PRIMARY_SCHOOL);
        assertProblem(matrix(Map.of("sources", List.of(school))), 400, "targets", "required");
        assertProblem(matrix(Map.of("sources", List.of(), "targets", List.of(school))), 400, "sources", "at least one");
        assertProblem(matrix(Map.of("sources", List.of(List.of(30.3)), "targets", List.of(school))), 400, "sources[0]", "pair");
        assertProblem(matrix(Map.of("sources", List.of(school), "targets", List.of(List.of(30.3, 250.0)))), 400, "targets[0]", "longitude");
        assertProblem(matrix(Map.of("sources", List.of(school), "targets", List.of(List.of("a", 1)))), 400, "targets[0][0]", "wrong type");
        assertProblem(matrix(Map.of("sources", List.of(school), "targets", "everywhere")), 400, "targets", "wrong type");
        assertProblem(matrix(Map.of("sources", List.of(school), "targets", List.of(school), "colour", "red")), 400, "colour", "not a known field");
        assertProblem(matrix(Map.of("profile", "rocket", "sources", List.of(school), "targets", List.of(school))), 400, "profile", "unknown profile");
        assertProblem(matrix(Map.of("sources", List.of(school), "targets", List.of(school, List.of(10.0, 10.0)))), 422, "targets[1]", "outside the map");
        List<List<Double>> tooMany = java.util.Collections.nCopies(1001, school);
        assertProblem(matrix(Map.of("sources", tooMany, "targets", List.of(school))), 400, "sources", "at most 1000");

        signedIn().contentType(ContentType.JSON).body("{\"sources\": [[30.3, 112.2]").when().post("/api/v1/routing/matrix")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        signedIn().contentType(ContentType.TEXT).body("30.3,112.2").when().post("/api/v1/routing/matrix")
                .then().statusCode(415).contentType("application/problem+json");
        signedIn().contentType(ContentType.JSON).when().post("/api/v1/routing/matrix")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void infoDescribesTheLoadedMap() {
        signedIn().when().get("/api/v1/routing/info").then().statusCode(200)
                .body("extract", equalTo("demo-township.osm.gz"))
                .body("profiles", hasItem("child_walk"))
                .body("bounds[0]", between(112.1, 112.2))
                .body("bounds[3]", between(30.3, 30.4))
                .body("attribution", notNullValue());
    }




}
