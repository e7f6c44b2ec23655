package org.schoolshuttle.family;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;
import static org.schoolshuttle.NumberMatchers.between;

/** Registering children, what each role may see of them, and bad input that must change nothing. */
@QuarkusTest
class ChildResourceTest {

    long school;
    long village;
    String coordinator;
    String parent;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        school = setup.schoolId();
        village = setup.villageId();
        coordinator = setup.coordinator();
        parent = Api.parent();
    }

    Map<String, Object> child(String givenName) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", "王");
        body.put("birthDate", LocalDate.now().minusYears(7).toString());
        body.put("grade", 1);
        body.put("schoolId", school);
        // a farmhouse of Liuhe Village, pinned on the map
        body.put("homePin", Map.of("lat", 30.3296, "lon", 112.1842));
        body.put("authorisedAdults", List.of(Map.of("name", "王奶奶", "phone", "13700001111", "relation", "grandmother")));
        return body;
    }

    Response register(String who, Map<String, Object> body) {
        return as(who, PASSWORD).body(body).post("/api/v1/children");
    }

    int familySize() {
        return as(parent, PASSWORD).get("/api/v1/children").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void aParentRegistersAChildPinnedOnTheMap() {
        register(parent, child("小明")).then().statusCode(201)
                .header("Location", containsString("/api/v1/children/"))
                .body("status", equalTo("ACTIVE"))
                .body("home.lat", between(30.3285, 30.3305))
                .body("pin.lat", equalTo(30.3296f))
                .body("handoverRequired", equalTo(true))
                .body("authorisedAdults[0].phone", equalTo("+8613700001111"));
    }

    @Test
    void aHomeCanBeGivenAsAnAddressOnTheMap() {
        Map<String, Object> body = child("小华");
        body.remove("homePin");
        body.put("homeAddress", "人民路5号");
        body.put("birthDate", LocalDate.now().minusYears(10).toString());
        body.put("grade", 4);
        register(parent, body).then().statusCode(201)
                .body("homeAddress", equalTo("人民路5号"))
                .body("pin.lat", between(30.30010, 30.30020))
                .body("handoverRequired", equalTo(false));
    }

    @Test
    void badChildrenAreRefusedAndNothingIsSaved() {
        assertRefused(with(child("A"), "birthDate", LocalDate.now().plusDays(1).toString()), 400, "birthDate", "future");
        assertRefused(with(child("A"), "birthDate", "2019-02-30"), 400, "birthDate", "format");
        assertRefused(with(child("A"), "grade", 9), 422, "grade", "grades 1 to 6");
        assertRefused(with(child("A"), "schoolId", 987_654), 422, "schoolId", "no school");
        assertRefused(with(child("A"), "homePin", Map.of("lat", 31.9, "lon", 112.2)), 422, "homePin", "outside the map");
        assertRefused(with(child("A"), "homePin", null), 400, "homePin", "address or a pin");
        Map<String, Object> unknownAddress = with(child("A"), "homePin", null);
        unknownAddress.put("homeAddress", "Nowhere Street 99, Atlantis");
        assertRefused(unknownAddress, 422, "homeAddress", "not found on the map");
        assertRefused(with(child("A"), "authorisedAdults", List.of(Map.of("name", "X", "phone", "999"))), 400,
                "authorisedAdults[0].phone", "not a possible");
        assertRefused(with(child("A"), "givenName", ""), 400, "givenName", "required");
        org.junit.jupiter.api.Assertions.assertEquals(0, familySize(), "a refused registration saves nothing");

        register(parent, child("小明")).then().statusCode(201);
        assertRefused(child("小明"), 409, "givenName", "already registered");
        org.junit.jupiter.api.Assertions.assertEquals(1, familySize());
    }

    @Test
    void familiesNeverSeeEachOthersChildren() {
        long id = register(parent, child("小明")).then().statusCode(201).extract().jsonPath().getLong("id");
        String otherParent = Api.parent();
        as(otherParent, PASSWORD).get("/api/v1/children/" + id).then().statusCode(404)
                .body("detail", not(containsString("小明")));
        as(otherParent, PASSWORD).body(child("改名")).put("/api/v1/children/" + id).then().statusCode(404);
        as(otherParent, PASSWORD).post("/api/v1/children/" + id + "/withdrawal").then().statusCode(404);
        as(otherParent, PASSWORD).get("/api/v1/children").then().statusCode(200).body("total", equalTo(0));
        as(parent, PASSWORD).get("/api/v1/children/" + id).then().statusCode(200).body("givenName", equalTo("小明"));
    }

    @Test
    void coordinatorsSeeTheirVillagesChildrenOnly() {
        long id = register(parent, child("小明")).then().statusCode(201).extract().jsonPath().getLong("id");
        as(coordinator, PASSWORD).get("/api/v1/children/" + id).then().statusCode(200).body("home", notNullValue());
        as(coordinator, PASSWORD).queryParam("schoolId", school).get("/api/v1/children").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        String otherCoordinator = Api.coordinator(Api.village());
        as(otherCoordinator, PASSWORD).get("/api/v1/children/" + id).then().statusCode(404);
        as(otherCoordinator, PASSWORD).get("/api/v1/children").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as(coordinator, PASSWORD).body(child("小明")).post("/api/v1/children").then().statusCode(403);
    }

    @Test
    void everyChangeIsAudited() {
        long id = register(parent, child("小明")).then().statusCode(201).extract().jsonPath().getLong("id");
        as(parent, PASSWORD).body(with(child("小明"), "needsBooster", true)).put("/api/v1/children/" + id).then().statusCode(200)
                .body("needsBooster", equalTo(true));
        as(coordinator, PASSWORD).queryParam("entityType", "child").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("UPDATE", "CREATE")))
                .body("items[0].changes.needsBooster.from", equalTo(false))
                .body("items[0].changes.needsBooster.to", equalTo(true))
                .body("items[0].actorName", equalTo(parent));
    }

    @Test
    void aWithdrawnChildIsErasedAfterTheRetentionPeriod() {
        long id = register(parent, child("小明")).then().statusCode(201).extract().jsonPath().getLong("id");
        as(parent, PASSWORD).post("/api/v1/children/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue());
        as(parent, PASSWORD).post("/api/v1/children/" + id + "/withdrawal").then().statusCode(409);
        as(parent, PASSWORD).body(child("小明")).put("/api/v1/children/" + id).then().statusCode(409);

        RetentionClock.withdrawnLongAgo(id, 31);
        as(parent, PASSWORD).get("/api/v1/children/" + id).then().statusCode(404);
        as(parent, PASSWORD).get("/api/v1/family/export").then().statusCode(200)
                .body(not(containsString("小明")))
                .body(not(containsString("王奶奶")));
        as(coordinator, PASSWORD).queryParam("entityType", "child").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body(not(containsString("小明")))
                .body("items[0].changes.status.to", equalTo("ANONYMISED"));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private void assertRefused(Map<String, Object> body, int status, String field, String reason) {
        register(parent, body).then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("detail", containsString(reason))
                .body("errors[0].reason", not(nullValue()));
    }
}
