package org.schoolshuttle.fleet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.account.AuditEntry;
import org.schoolshuttle.account.AuditRepository;
import org.schoolshuttle.sponsor.Sponsors;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.schoolshuttle.fleet.Fleet.assertProblem;

@QuarkusTest
class DriverResourceTest {

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
        Response created = coordinatorCall().body(Fleet.driverBody(village)).post("/api/v1/drivers");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/drivers/"))
                .body("villageId", equalTo((int) village))
                .body("phone", startsWith("+86139"))
                .body("licenceClass", equalTo("C1"))
                .body("home.lat", equalTo(30.31f))
                .body("availability.dayOfWeek", contains("MONDAY", "TUESDAY"))
                .body("availability.partOfDay", contains("MORNING", "AFTERNOON"));
        long id = created.jsonPath().getLong("id");

        coordinatorCall().get("/api/v1/drivers/" + id).then().statusCode(200)
                .body("familyName", equalTo("李")).body("licenceExpiry", equalTo("2030-06-30"));

        long employer = Sponsors.create(coordinator, village);
        Map<String, Object> body = Fleet.driverBody(village);
        body.put("kind", "EMPLOYED");
        body.put("employerSponsorId", employer);
        body.put("licenceExpiry", "2031-01-01");
        body.put("availability", List.of());
        body.remove("home");
        coordinatorCall().body(body).put("/api/v1/drivers/" + id).then().statusCode(200)
                .body("kind", equalTo("EMPLOYED"))
                .body("employerSponsorId", equalTo((int) employer))
                .body("licenceExpiry", equalTo("2031-01-01"))
                .body("availability", empty())
                .body("home", equalTo(null));

        coordinatorCall().delete("/api/v1/drivers/" + id).then().statusCode(204);
        coordinatorCall().get("/api/v1/drivers/" + id).then().statusCode(404);
    }

    @Test
    void listsAreScopedPagedAndFilteredByKind() {
        Fleet.driver(coordinator, village);
        Map<String, Object> employed = Fleet.driverBody(village);
        employed.put("kind", "EMPLOYED");
        employed.put("employerSponsorId", Sponsors.create(coordinator, village));
        Fleet.create(coordinator, "/api/v1/drivers", employed);

        coordinatorCall().queryParam("villageId", village).get("/api/v1/drivers").then().statusCode(200)
                .body("total", equalTo(2)).body("items.villageId", everyItem(equalTo((int) village)));
        coordinatorCall().queryParam("kind", "employed").get("/api/v1/drivers").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("EMPLOYED"));
        coordinatorCall().queryParam("size", 1).queryParam("page", 1).get("/api/v1/drivers").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("page", equalTo(1));

        assertProblem(coordinatorCall().queryParam("kind", "PILOT").get("/api/v1/drivers"), 400, "kind");
        assertProblem(coordinatorCall().queryParam("villageId", "x").get("/api/v1/drivers"), 400, "villageId");
        assertProblem(coordinatorCall().queryParam("size", 0).get("/api/v1/drivers"), 400, "size");
    }

    @Test
    void invalidDriversAreRefusedNamingTheField() {
        assertInvalid(400, "phone", body -> body.put("phone", "12345"));
        assertInvalid(400, "licenceExpiry", body -> body.remove("licenceExpiry"));
        assertInvalid(400, "licenceExpiry", body -> body.put("licenceExpiry", "2026-02-30"));
        assertInvalid(400, "licenceClass", body -> body.put("licenceClass", "C 1!"));
        assertInvalid(400, "givenName", body -> body.put("givenName", " "));
        assertInvalid(400, "kind", body -> body.put("kind", "PILOT"));
        assertInvalid(400, "kind", body -> body.remove("kind"));
        assertInvalid(400, "home.lat", body -> body.put("home", Map.of("lat", 95, "lon", 112.2)));
        assertInvalid(400, "backgroundCheckExpiry", body -> body.put("backgroundCheckExpiry", "2025-01-09"));
        assertInvalid(400, "backgroundCheckExpiry", body -> body.remove("backgroundCheckExpiry"));
        assertInvalid(400, "backgroundCheckOn", body -> body.remove("backgroundCheckOn"));
        assertInvalid(422, "employerSponsorId", body -> body.put("kind", "EMPLOYED"));
        long otherVillage = Api.village();
        long foreignSponsor = Sponsors.create(Api.coordinator(otherVillage), otherVillage);
        assertInvalid(422, "employerSponsorId", body -> {
            body.put("kind", "EMPLOYED");
            body.put("employerSponsorId", foreignSponsor);
        });
        assertInvalid(422, "employerSponsorId", body -> body.put("employerSponsorId", 999_999_999));
    }

    @Test
    void aDriverCannotMoveToAnotherVillage() {
        long id = Fleet.driver(coordinator, village);
        long other = Api.village();
        Map<String, Object> body = Fleet.driverBody(other);
        assertProblem(Api.asAdmin().body(body).put("/api/v1/drivers/" + id), 422, "villageId");
    }

    @Test
    void fitnessListsEveryReasonAndCountsTheExpiryDayAsValid() {
        Map<String, Object> body = Fleet.driverBody(village);
        body.put("licenceExpiry", "2026-03-01");
        body.remove("trainingOn");
        long id = Fleet.create(coordinator, "/api/v1/drivers", body);

        coordinatorCall().queryParam("date", "2026-03-01").get("/api/v1/drivers/" + id + "/fitness").then().statusCode(200)
                .body("date", equalTo("2026-03-01"))
                .body("fit", equalTo(false))
                .body("reasons", contains("child-safety training missing"));
        coordinatorCall().queryParam("date", "2026-03-02").get("/api/v1/drivers/" + id + "/fitness").then().statusCode(200)
                .body("fit", equalTo(false))
                .body("reasons", contains("licence expired on 2026-03-01", "child-safety training missing"));

        body.put("trainingOn", "2025-02-01");
        coordinatorCall().body(body).put("/api/v1/drivers/" + id).then().statusCode(200);
        coordinatorCall().queryParam("date", "2026-03-01").get("/api/v1/drivers/" + id + "/fitness").then().statusCode(200)
                .body("fit", equalTo(true)).body("reasons", empty());
        coordinatorCall().queryParam("date", "2027-02-02").get("/api/v1/drivers/" + id + "/fitness").then().statusCode(200)
                .body("reasons", contains("licence expired on 2026-03-01",
                        "child-safety training older than 2 years (trained on 2025-02-01, valid until 2027-02-01)"));
    }

    @Test
    void fitnessIsForTodayInTheVillageUnlessADateIsGiven() {
        long id = Fleet.driver(coordinator, village);
        String before = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Response fitness = coordinatorCall().get("/api/v1/drivers/" + id + "/fitness");
        String after = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        fitness.then().statusCode(200).body("date", anyOf(equalTo(before), equalTo(after)));

        assertProblem(coordinatorCall().queryParam("date", "2026-13-01").get("/api/v1/drivers/" + id + "/fitness"), 400, "date");
        assertProblem(coordinatorCall().queryParam("date", "tomorrow").get("/api/v1/drivers/" + id + "/fitness"), 400, "date");
    }

    @Test
    void aDriverWhoOwnsAVehicleCannotBeDeleted() {
        long id = Fleet.driver(coordinator, village);
        Map<String, Object> vehicle = Fleet.vehicleBody(village, 0);
        vehicle.remove("ownerSponsorId");
        vehicle.put("ownerDriverId", id);
        long vehicleId = Fleet.create(coordinator, "/api/v1/vehicles", vehicle);

        assertProblem(coordinatorCall().delete("/api/v1/drivers/" + id), 409, "id");

        coordinatorCall().delete("/api/v1/vehicles/" + vehicleId).then().statusCode(204);
        coordinatorCall().delete("/api/v1/drivers/" + id).then().statusCode(204);
    }

    @Test
    void everyChangeIsAudited() {
        Map<String, Object> body = Fleet.driverBody(village);
        long id = Fleet.create(coordinator, "/api/v1/drivers", body);
        body.put("licenceExpiry", "2031-12-31");
        coordinatorCall().body(body).put("/api/v1/drivers/" + id).then().statusCode(200);
        coordinatorCall().delete("/api/v1/drivers/" + id).then().statusCode(204);

        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() ->
                auditEntries.list("entityType = ?1 and entityId = ?2 order by id", "driver", id));
        assertEquals(List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE),
                entries.stream().map(e -> e.action).toList());
        assertEquals(coordinator, entries.get(0).actorName);
        assertEquals(Long.valueOf(village), entries.get(1).villageId);
        assertEquals("{\"licenceExpiry\":{\"from\":\"2030-06-30\",\"to\":\"2031-12-31\"}}", entries.get(1).changes);
    }

    @Test
    void theCoordinatorReadsTheAuditTrailOfADriver() {
        long id = Fleet.driver(coordinator, village);
        coordinatorCall().queryParam("entityType", "driver").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", hasItem("CREATE"))
                .body("items.actorName", hasItems(coordinator))
                .body("items.changes.phone", not(empty()));
    }

    private void assertInvalid(int status, String field, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Fleet.driverBody(village);
        change.accept(body);
        assertProblem(coordinatorCall().body(body).post("/api/v1/drivers"), status, field);
    }

    private io.restassured.specification.RequestSpecification coordinatorCall() {
        return Api.as(coordinator, Api.PASSWORD);
    }
}
