package org.schoolshuttle.family;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** A family downloads everything held about it, and nobody else can. */
@QuarkusTest
class FamilyResourceTest {

    @BeforeEach
    void ready() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void theExportHoldsTheFamilyItsChildrenAndTheirHistoryButNoPassword() {
        long school = Api.schoolWithCoordinator().schoolId();
        String parent = Api.parent();
        as(parent, PASSWORD).body(Map.of("givenName", "小明", "familyName", "王", "birthDate", LocalDate.now().minusYears(7).toString(),
                        "grade", 1, "schoolId", school, "homePin", Map.of("lat", 30.3296, "lon", 112.1842)))
                .post("/api/v1/children").then().statusCode(201);
        as(parent, PASSWORD).body(Map.of("givenName", "明", "familyName", "王", "email", "wang@example.org"))
                .put("/api/v1/family").then().statusCode(200).body("email", equalTo("wang@example.org"));
        as(parent, PASSWORD).get("/api/v1/family/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("account.username", equalTo(parent))
                .body("guardian.email", equalTo("wang@example.org"))
                .body("children[0].givenName", equalTo("小明"))
                .body("children[0].home.lat", org.hamcrest.Matchers.notNullValue())
                .body("changeHistory.what", hasItem("child"))
                .body("changeHistory.what", hasItem("guardian"))
                .body(not(containsString(PASSWORD)))
                .body(not(containsString("$2a$")));
    }

    @Test
    void onlyParentsHaveAFamily() {
        as(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/v1/family/export").then().statusCode(403);
        as(Api.coordinator(Api.village()), PASSWORD).get("/api/v1/family").then().statusCode(403);
        RestAssured.given().get("/api/v1/family/export").then().statusCode(401);
    }
}
