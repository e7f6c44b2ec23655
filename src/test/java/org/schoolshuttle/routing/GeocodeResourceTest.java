package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTest;
import org.schoolshuttle.RoadNetworkReady;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.schoolshuttle.routing.RoutingCalls.signedIn;
import static org.schoolshuttle.NumberMatchers.between;
import static org.schoolshuttle.NumberMatchers.near;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.schoolshuttle.routing.DemoTownship.RENMIN_ROAD_5;
import static org.schoolshuttle.routing.RoutingCalls.assertProblem;

/** The offline geocoder on the demo township: Chinese and English, forgiving, and strict about bad input. */
@QuarkusTest
class GeocodeResourceTest {

    @BeforeEach
    void roadNetworkLoaded() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void findsAChineseAddressAndAnswersInChinese() {
        signedIn().queryParam("q", "人民路5号").when().get("/api/v1/geocode")
                .then().statusCode(200)
                .header("Link", containsString("openstreetmap.org/copyright"))
                .body("[0].kind", equalTo("address"))
                .body("[0].label", equalTo("人民路5号, 青石镇"))
                .body("[0].lat", near(RENMIN_ROAD_5[0], 1e-5))
                .body("[0].lon", near(RENMIN_ROAD_5[1], 1e-5));
    }

    @Test
    void findsTheSameAddressInEnglishInAnyOrderAndCase() {
        for (String query : new String[]{"5 Renmin Road", "renmin road 5", "RENMIN RD 5, qingshi"}) {
            signedIn().queryParam("q", query).header("Accept-Language", "en").when().get("/api/v1/geocode")
                    .then().statusCode(200)
                    .body("[0].label", equalTo("5 Renmin Road, Qingshi Town"))
                    .body("[0].lat", near(RENMIN_ROAD_5[0], 1e-5));
        }
    }

    @Test
    void findsStreetsWithoutHouseNumbersAndPlacesByName() {
        signedIn().queryParam("q", "人民路").when().get("/api/v1/geocode")
                .then().statusCode(200).body("[0].kind", equalTo("street")).body("[0].label", containsString("人民路"));
        signedIn().queryParam("q", "Liuhe Village").queryParam("limit", 1).when().get("/api/v1/geocode")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].kind", equalTo("place")).body("[0].label", equalTo("Liuhe Village"));
        signedIn().queryParam("q", "柳河").queryParam("limit", 3).when().get("/api/v1/geocode")
                .then().statusCode(200).body("size()", lessThanOrEqualTo(3)).body("[0].label", containsString("柳河"));
    }

    @Test
    void reverseGeocodesAPointBesideAHouse() {
        signedIn().queryParam("point", "30.30020,112.19848").queryParam("locale", "zh-CN").when().get("/api/v1/geocode/reverse")
                .then().statusCode(200).body("label", equalTo("人民路5号, 青石镇")).body("kind", equalTo("address"));
    }

    @Test
    void refusesBadQueries() {
        assertProblem(signedIn().when().get("/api/v1/geocode"), 400, "q", "required");
        assertProblem(signedIn().queryParam("q", "   ").when().get("/api/v1/geocode"), 400, "q", "required");
        assertProblem(signedIn().queryParam("q", "!?,").when().get("/api/v1/geocode"), 400, "q", "letters or digits");
        assertProblem(signedIn().queryParam("q", "x".repeat(201)).when().get("/api/v1/geocode"), 400, "q", "at most 200");
        assertProblem(signedIn().queryParam("q", "人民路").queryParam("limit", 0).when().get("/api/v1/geocode"), 400, "limit", "1 to 50");
        assertProblem(signedIn().queryParam("q", "人民路").queryParam("limit", "many").when().get("/api/v1/geocode"), 400, "limit", "1 to 50");
        assertProblem(signedIn().queryParam("point", "north").when().get("/api/v1/geocode/reverse"), 400, "point", "LAT,LON");
        signedIn().queryParam("point", "-45.0,-120.0").when().get("/api/v1/geocode/reverse")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Nothing nearby"));
    }
}
