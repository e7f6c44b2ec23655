package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import org.schoolshuttle.RoadNetworkReady;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.schoolshuttle.routing.RoutingCalls.assertMatrixMatchesSingleRoutes;
import static org.schoolshuttle.routing.RoutingCalls.assertProblem;
import static org.schoolshuttle.routing.RoutingCalls.route;

/** Routing on real OpenStreetMap data: the rural area north of Bayreuth (skipped where it is absent). */
@QuarkusTest
@TestProfile(NorthBayreuthProfile.class)
class NorthBayreuthRoutingTest {

    static final String HARSDORF = "50.0274670,11.5686144";
    static final String NEUDROSSENFELD = "50.0183416,11.5011482";
    static final String UNTERKONNERSREUTH = "49.9782507,11.5293513";
    static final String OBERLAITSCH = "50.0415830,11.5646445";
    /** Two points on the B 85 (a primary road) north of Altenplos, 800 m apart. */
    static final String B85_NORTH = "50.0083713,11.4932816";
    static final String B85_SOUTH = "50.0011757,11.4981727";

    @BeforeAll
    static void extractPresent() {
        Assumptions.assumeTrue(NorthBayreuthProfile.present(), NorthBayreuthProfile.absentMessage());
    }

    @BeforeEach
    void roadNetworkLoaded() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }


    @Test
    void routeBetweenTwoRealVillagesHasAPlausibleLength() {
        // Harsdorf to Neudrossenfeld: 4.9 km as the crow flies, about 6.2 km by the county roads.
        route(HARSDORF, NEUDROSSENFELD, "minibus").then().statusCode(200)
                .body("distanceMeters", between(5_000, 8_000))
                .body("durationSeconds", between(300, 900))
                .body("instructions.text", hasItem(containsString("Hauptstraße")));
    }

    @Test
    void childWalkAvoidsThePrimaryRoadThatTheFootRouteFollows() {
        route(B85_NORTH, B85_SOUTH, "foot").then().statusCode(200)
                .body("roadClasses.roadClass", hasItem("primary"));
        route(B85_NORTH, B85_SOUTH, "child_walk").then().statusCode(200)
                .body("roadClasses.roadClass", everyItem(not(isOneOf("primary", "trunk", "motorway"))))
                .body("distanceMeters", atLeast(1_500));
    }

    @Test
    void aPointInAFieldSnapsToTheNearestRoad() {
        // A meadow west of Harsdorf, about 340 m from the nearest road a minibus may use.
        signedIn().queryParam("point", "50.02620,11.55950").queryParam("profile", "minibus")
                .when().get("/api/v1/routing/snap")
                .then().statusCode(200)
                .body("distanceMeters", between(20, 500))
                .body("lat", between(50.02, 50.033));
    }

    @Test
    void aPointOutsideTheExtractIsRefused() {
        assertProblem(route("50.2000,11.0000", HARSDORF, "minibus"), 422, "from", "outside the map");
        assertProblem(signedIn().queryParam("point", "48.1,11.6").when().get("/api/v1/routing/snap"), 422, "point", "outside the map");
    }

    @Test
    void matrixCellsEqualSingleRoutes() {
        assertMatrixMatchesSingleRoutes(List.of(HARSDORF, NEUDROSSENFELD, UNTERKONNERSREUTH, OBERLAITSCH), "minibus");
    }

    @Test
    void geocoderFindsARealStreetAddress() {
        // Stöckigstraße 8 in Bindlach is a building in the extract (way 104362610).
        for (String query : new String[]{"Stöckigstraße 8", "stockigstrasse 8 bindlach", "8 Stöckigstr."}) {
            signedIn().queryParam("q", query).when().get("/api/v1/geocode").then().statusCode(200)
                    .body("[0].kind", equalTo("address"))
                    .body("[0].label", containsString("Stöckigstraße 8"))
                    .body("[0].lat", near(49.97822, 0.0003))
                    .body("[0].lon", near(11.60245, 0.0004));
        }
    }
}
