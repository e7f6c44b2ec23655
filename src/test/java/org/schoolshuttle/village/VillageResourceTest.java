package org.schoolshuttle.village;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;
import static org.schoolshuttle.Api.asAdmin;

@QuarkusTest
class VillageResourceTest {

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theAdministratorCreatesAVillageWithShanghaiTimeByDefault() {
        asAdmin().body(Map.of("nameZh", "柳河村", "nameEn", "Liuhe", "centre", Map.of("lat", 30.3297, "lon", 112.1875)))
                .post("/api/v1/villages").then().statusCode(201)
                .header("Location", containsString("/api/v1/villages/"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("centre.lat", equalTo(30.3297f));
    }

    @Test
    void badVillagesAreRefused() {
        asAdmin().body(Map.of("nameZh", "村", "nameEn", "V", "centre", Map.of("lat", 95, "lon", 112)))
                .post("/api/v1/villages").then().statusCode(400).body("errors.field", hasItem("centre.lat"));
        asAdmin().body(Map.of("nameZh", "村", "nameEn", "V", "centre", Map.of("lat", 30, "lon", 112), "timeZone", "Mars/Olympus"))
                .post("/api/v1/villages").then().statusCode(400).body("errors.field", hasItem("timeZone"));
        asAdmin().body(Map.of("nameZh", " ", "nameEn", "V"))
                .post("/api/v1/villages").then().statusCode(400)
                .body("errors.field", hasItem("nameZh")).body("errors.field", hasItem("centre"));
    }

    @Test
    void aCoordinatorSeesAndChangesOnlyTheirOwnVillages() {
        long mine = Api.village();
        long theirs = Api.village();
        String coordinator = Api.coordinator(mine);
        as(coordinator, PASSWORD).get("/api/v1/villages").then().statusCode(200)
                .body("id", hasItem((int) mine)).body("id", everyItem(not(equalTo((int) theirs))));
        as(coordinator, PASSWORD).get("/api/v1/villages/" + theirs).then().statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> rename = Map.of("nameZh", "新村", "nameEn", "New Village", "centre", Map.of("lat", 30.31, "lon", 112.21));
        as(coordinator, PASSWORD).body(rename).put("/api/v1/villages/" + theirs).then().statusCode(404);
        as(coordinator, PASSWORD).body(rename).put("/api/v1/villages/" + mine).then().statusCode(200).body("nameEn", equalTo("New Village"));
        as(coordinator, PASSWORD).body(rename).post("/api/v1/villages").then().statusCode(403);
        as(coordinator, PASSWORD).get("/api/v1/audit?entityType=village&entityId=" + mine).then().statusCode(200)
                .body("items.action", hasItem("UPDATE"))
                .body("items[0].changes.nameEn.to", equalTo("New Village"))
                .body("items[0].actorName", equalTo(coordinator));
        as(coordinator, PASSWORD).get("/api/v1/audit?entityType=village&entityId=" + theirs).then().statusCode(200)
                .body("total", equalTo(0));
    }
}
