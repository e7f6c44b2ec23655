package org.schoolshuttle.sponsor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.account.AuditEntry;
import org.schoolshuttle.account.AuditRepository;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SponsorResourceTest {

    @Inject
    AuditRepository auditEntries;

    private long village;
    private String coordinator;

    @BeforeEach
    void village() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        village = Api.village();
        coordinator = Api.coordinator(village);
    }

    @Test
    void createReadUpdateDelete() {
        Map<String, Object> body = Sponsors.body(village);
        Response created = call().body(body).post("/api/v1/sponsors");
        created.then().statusCode(201).header("Location", containsString("/api/v1/sponsors/"))
                .body("kind", equalTo("COMPANY"))
                .body("contactPhone", equalTo("+8613800138000"))
                .body("villageId", equalTo((int) village));
        long id = created.jsonPath().getLong("id");

        call().get("/api/v1/sponsors/" + id).then().statusCode(200).body("name", equalTo(body.get("name")));

        body.put("kind", "CHARITY_FUND");
        body.put("name", "春蕾基金");
        body.put("contactPhone", null);
        call().body(body).put("/api/v1/sponsors/" + id).then().statusCode(200)
                .body("kind", equalTo("CHARITY_FUND")).body("name", equalTo("春蕾基金")).body("contactPhone", equalTo(null));

        call().delete("/api/v1/sponsors/" + id).then().statusCode(204);
        call().get("/api/v1/sponsors/" + id).then().statusCode(404);

        List<AuditEntry.Action> actions = QuarkusTransaction.requiringNew().call(() ->
                auditEntries.list("entityType = ?1 and entityId = ?2 order by id", "sponsor", id).stream()
                        .map(e -> e.action).toList());
        assertEquals(List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE), actions);
    }

    @Test
    void listsArePagedAndFilteredByVillageAndKind() {
        Sponsors.create(coordinator, village);
        Map<String, Object> group = Sponsors.body(village);
        group.put("kind", "VOLUNTEER_GROUP");
        call().body(group).post("/api/v1/sponsors").then().statusCode(201);
        long other = Api.village();
        Sponsors.create(Api.coordinator(other), other);

        call().get("/api/v1/sponsors").then().statusCode(200)
                .body("total", equalTo(2)).body("items.villageId", everyItem(equalTo((int) village)));
        call().queryParam("kind", "VOLUNTEER_GROUP").get("/api/v1/sponsors").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("VOLUNTEER_GROUP"));
        call().queryParam("size", 1).get("/api/v1/sponsors").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items.size()", equalTo(1));
        Api.asAdmin().queryParam("villageId", other).get("/api/v1/sponsors").then().statusCode(200).body("total", equalTo(1));

        assertProblem(call().queryParam("kind", "BANK").get("/api/v1/sponsors"), 400, "kind");
        assertProblem(call().queryParam("page", "-1").get("/api/v1/sponsors"), 400, "page");
        call().queryParam("villageId", other).get("/api/v1/sponsors").then().statusCode(404);
    }

    @Test
    void invalidSponsorsAreRefusedNamingTheField() {
        assertInvalid("name", body -> body.remove("name"));
        assertInvalid("kind", body -> body.put("kind", "BANK"));
        assertInvalid("kind", body -> body.remove("kind"));
        assertInvalid("villageId", body -> body.remove("villageId"));
        assertInvalid("contactPhone", body -> body.put("contactPhone", "999"));
        assertInvalid("contactEmail", body -> body.put("contactEmail", "not-an-address"));
    }

    @Test
    void aCoordinatorSeesOnlySponsorsOfTheirVillages() {
        long otherVillage = Api.village();
        long foreign = Sponsors.create(Api.coordinator(otherVillage), otherVillage);

        call().get("/api/v1/sponsors/" + foreign).then().statusCode(404).contentType("application/problem+json");
        call().body(Sponsors.body(otherVillage)).put("/api/v1/sponsors/" + foreign).then().statusCode(404);
        call().delete("/api/v1/sponsors/" + foreign).then().statusCode(404);
        call().body(Map.of("username", Api.unique("sp"), "displayName", "X", "password", Api.PASSWORD))
                .post("/api/v1/sponsors/" + foreign + "/account").then().statusCode(404);
        call().body(Sponsors.body(otherVillage)).post("/api/v1/sponsors").then().statusCode(404);
        Api.asAdmin().get("/api/v1/sponsors/" + foreign).then().statusCode(200);
    }

    @Test
    void aSponsorMayNotMoveToAnotherVillage() {
        long id = Sponsors.create(coordinator, village);
        assertProblem(Api.asAdmin().body(Sponsors.body(Api.village())).put("/api/v1/sponsors/" + id), 422, "villageId");
    }

    @Test
    void aSponsorLoginSeesItsOwnSponsorOnly() {
        long id = Sponsors.create(coordinator, village);
        long neighbour = Sponsors.create(coordinator, village);
        String login = Sponsors.login(coordinator, id);

        Api.as(login, Api.PASSWORD).get("/api/v1/sponsors/" + id).then().statusCode(200).body("id", equalTo((int) id));
        Api.as(login, Api.PASSWORD).get("/api/v1/sponsors/" + neighbour).then().statusCode(404);
        Api.as(login, Api.PASSWORD).get("/api/v1/sponsors").then().statusCode(403);
        Api.as(login, Api.PASSWORD).body(Sponsors.body(village)).put("/api/v1/sponsors/" + id).then().statusCode(403);
        Api.as(login, Api.PASSWORD).body(Sponsors.body(village)).post("/api/v1/sponsors").then().statusCode(403);
        Api.as(Api.parent(), Api.PASSWORD).get("/api/v1/sponsors/" + id).then().statusCode(403);
    }

    @Test
    void sponsorLoginsNeedAFreeNameAndAGoodPassword() {
        long id = Sponsors.create(coordinator, village);
        String username = Api.unique("sponsor");
        Map<String, Object> body = Map.of("username", username, "displayName", "刘女士", "password", Api.PASSWORD);

        call().body(body).post("/api/v1/sponsors/" + id + "/account").then().statusCode(201)
                .body("username", equalTo(username)).body("role", equalTo("SPONSOR")).body("sponsorId", equalTo((int) id));

        assertProblem(call().body(body).post("/api/v1/sponsors/" + id + "/account"), 409, "username");
        assertProblem(call().body(Map.of("username", Api.unique("sponsor"), "displayName", "刘女士", "password", "123456789"))
                .post("/api/v1/sponsors/" + id + "/account"), 400, "password");
        assertProblem(call().body(Map.of("username", "has space", "displayName", "刘女士", "password", Api.PASSWORD))
                .post("/api/v1/sponsors/" + id + "/account"), 400, "username");
    }

    @Test
    void deletingASponsorEndsItsLogins() {
        long id = Sponsors.create(coordinator, village);
        String login = Sponsors.login(coordinator, id);

        call().delete("/api/v1/sponsors/" + id).then().statusCode(204);

        Api.as(login, Api.PASSWORD).get("/api/v1/sponsors/" + id).then().statusCode(401);
    }

    @Test
    void aSponsorThatEmploysADriverCannotBeDeleted() {
        long id = Sponsors.create(coordinator, village);
        Map<String, Object> driver = new java.util.LinkedHashMap<>(Map.of("villageId", village, "givenName", "伟",
                "familyName", "张", "phone", Api.uniquePhone(), "kind", "EMPLOYED", "employerSponsorId", id,
                "licenceClass", "B1", "licenceExpiry", "2030-01-01"));
        long driverId = call().body(driver).post("/api/v1/drivers").then().statusCode(201).extract().jsonPath().getLong("id");

        call().delete("/api/v1/sponsors/" + id).then().statusCode(409)
                .body("errors.field", hasItem("id")).body("detail", containsString("1 driver"));

        call().delete("/api/v1/drivers/" + driverId).then().statusCode(204);
        call().delete("/api/v1/sponsors/" + id).then().statusCode(204);
    }

    private void assertInvalid(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Sponsors.body(village);
        change.accept(body);
        assertProblem(call().body(body).post("/api/v1/sponsors"), 400, field);
    }

    private static void assertProblem(Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("errors.field", hasItem(field));
    }

    private RequestSpecification call() {
        return Api.as(coordinator, Api.PASSWORD);
    }
}
