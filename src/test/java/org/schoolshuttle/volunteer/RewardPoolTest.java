package org.schoolshuttle.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.run.Runs;
import org.schoolshuttle.sponsor.Sponsors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** The reward pool's ledger balances, feeds the sponsor's report, and never lets a reward overdraw pool or points. */
@QuarkusTest
class RewardPoolTest {

    @Inject
    RewardLedger ledger;

    private Api.SchoolSetup v;
    private long sponsor;
    private long driver;
    private String pool;

    @BeforeEach
    void aVillageWithASponsorAndAVolunteerWith120Points() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        v = Api.schoolWithCoordinator();
        sponsor = Sponsors.create(v.coordinator(), v.villageId());
        driver = Fleet.driver(v.coordinator(), v.villageId());
        pool = "/api/v1/villages/" + v.villageId() + "/reward-pool";
        Volunteering.setScheme(v.coordinator(), v.villageId(), Volunteering.scheme(60, 0, "07:00", 0, 0));
        Volunteering.hours(v.coordinator(), v.villageId(), "drivers", driver, "TRAINING", Runs.today().toString(), 120,
                "Child-safety course");
    }

    @Test
    void rewardsArePaidFromTheOldestMoneyAndTheLedgerBalances() {
        contribute(sponsor, "100.00", Runs.today().minusDays(1)).then().statusCode(201)
                .body("sponsorName", containsString("爱心企业")).body("unspent", equalTo(100.00f));
        long village = contribute(null, "50.00", Runs.today()).then().statusCode(201)
                .body("sponsorId", equalTo(null)).extract().jsonPath().getLong("id");

        redeem(redemption("MONEY", null, "30.00", 50)).then().statusCode(201)
                .body("paidFrom.size()", equalTo(1)).body("paidFrom[0].sponsorId", equalTo((int) sponsor))
                .body("paidFrom[0].amount", equalTo(30.00f)).body("volunteerName", equalTo("李建国"));
        redeem(redemption("ITEM", "Thermos flask", "80.00", 50)).then().statusCode(201)
                .body("paidFrom.amount", equalTo(List.of(70.00f, 10.00f)));
        redeem(redemption("ITEM", "Hand-written thank-you card from the pupils", null, 10)).then().statusCode(201)
                .body("amount", equalTo(0.00f)).body("paidFrom.size()", equalTo(0));

        JsonPath ledgerNow = as(v.coordinator(), PASSWORD).get(pool).then().statusCode(200).extract().jsonPath();
        assertEquals(150.0, ledgerNow.getDouble("contributed"));
        assertEquals(110.0, ledgerNow.getDouble("redeemed"));
        assertEquals(40.0, ledgerNow.getDouble("balance"), "contributions less what rewards took");
        assertEquals(List.of(village, ledgerNow.getLong("contributions[1].id")), ledgerNow.getList("contributions.id", Long.class));
        assertEquals(List.of(40.00f, 0.00f), ledgerNow.getList("contributions.unspent"));
        assertEquals(3, ledgerNow.getList("redemptions").size());

        JsonPath record = Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver);
        assertEquals(120, record.getInt("pointsEarned"));
        assertEquals(110, record.getInt("pointsSpent"));
        assertEquals(10, record.getInt("pointsBalance"));
        assertEquals(List.of("ITEM", "ITEM", "MONEY"), record.getList("rewards.reward"));

        // For the sponsor's report: its 100 given yesterday, all of it paid out in rewards to one volunteer.
        SponsorRewards report = ledger.forSponsor(sponsor, Runs.today().minusDays(7), Runs.today());
        assertEquals(new BigDecimal("100.00"), report.contributed());
        assertEquals(new BigDecimal("100.00"), report.redeemed());
        assertEquals(new BigDecimal("0.00"), report.unspent());
        assertEquals(1, report.volunteers());
        assertEquals(List.of(new BigDecimal("30.00"), new BigDecimal("70.00")),
                report.rewards().stream().map(SponsorRewards.Rewarded::amount).toList());
        SponsorRewards before = ledger.forSponsor(sponsor, Runs.today().minusDays(30), Runs.today().minusDays(2));
        assertEquals(new BigDecimal("0.00"), before.contributed());
        assertEquals(List.of(), before.rewards());

        // A sponsor whose money is in the ledger stays, so the ledger keeps balancing.
        as(v.coordinator(), PASSWORD).delete("/api/v1/sponsors/" + sponsor).then().statusCode(409)
                .body("detail", containsString("reward pool contribution"));
    }

    @Test
    void aRewardThatWouldOverdrawThePoolOrThePointsIsRefusedAndNothingIsWritten() {
        contribute(sponsor, "40.00", Runs.today()).then().statusCode(201);
        String before = state();

        Fleet.assertProblem(redeem(redemption("MONEY", null, "10.00", 121)), 409, "points");
        Fleet.assertProblem(redeem(redemption("MONEY", null, "40.01", 1)), 409, "amount");
        Fleet.assertProblem(redeem(redemption("ITEM", "Rice cooker", "199.00", 100)), 409, "amount");
        assertEquals(before, state(), "nothing was written");

        redeem(redemption("MONEY", null, "40.00", 120)).then().statusCode(201);
        Fleet.assertProblem(redeem(redemption("ITEM", "Card", "0", 1)), 409, "points");
        as(v.coordinator(), PASSWORD).get(pool).then().body("balance", equalTo(0.00f));
    }

    @Test
    void twoRewardsAtOnceCannotBothSpendTheSamePoints() throws Exception {
        contribute(null, "500.00", Runs.today()).then().statusCode(201);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> redeem(redemption("MONEY", null, "10.00", 70)).statusCode(),
                    () -> redeem(redemption("MONEY", null, "10.00", 70)).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : threads.invokeAll(both)) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 409), statuses, "one reward fits in 120 points, two do not");
        } finally {
            threads.shutdown();
        }
        assertEquals(50, Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver).getInt("pointsBalance"));
    }

    @Test
    void badContributionsAndRewardsAreRefusedNamingTheField() {
        String before = state();
        Fleet.assertProblem(contribute(null, "0", Runs.today()), 400, "amount");
        Fleet.assertProblem(contribute(null, "12.345", Runs.today()), 400, "amount");
        Fleet.assertProblem(contribute(null, "10.00", Runs.today().plusDays(3)), 422, "contributedOn");
        Api.SchoolSetup other = Api.schoolWithCoordinator();
        long elsewhere = Sponsors.create(other.coordinator(), other.villageId());
        Fleet.assertProblem(contribute(elsewhere, "10.00", Runs.today()), 422, "sponsorId");

        Fleet.assertProblem(redeem(redemption("ITEM", " ", "5.00", 10)), 400, "item");
        Fleet.assertProblem(redeem(redemption("MONEY", null, null, 10)), 400, "amount");
        Fleet.assertProblem(redeem(redemption("MONEY", null, "5.00", 0)), 400, "points");
        Fleet.assertProblem(redeem(redemption("GIFT", null, "5.00", 10)), 400, "reward");
        Map<String, Object> body = redemption("MONEY", null, "5.00", 10);
        body.put("redeemedOn", Runs.today().plusDays(1).toString());
        Fleet.assertProblem(redeem(body), 422, "redeemedOn");
        body = redemption("MONEY", null, "5.00", 10);
        body.put("volunteerId", Fleet.driver(other.coordinator(), other.villageId()));
        Fleet.assertProblem(redeem(body), 422, "volunteerId");
        assertEquals(before, state(), "nothing was written");

        String stranger = other.coordinator();
        as(stranger, PASSWORD).get(pool).then().statusCode(404);
        as(stranger, PASSWORD).body(Map.of("amount", "10.00", "contributedOn", Runs.today().toString()))
                .post(pool + "/contributions").then().statusCode(404);
        as(Fleet.driverLogin(v.coordinator(), driver), PASSWORD).get(pool).then().statusCode(403);
        given().get(pool).then().statusCode(401);
        assertEquals(before, state());
    }

    private String state() {
        return as(v.coordinator(), PASSWORD).get(pool).then().statusCode(200).extract().asString()
                + Volunteering.record(v.coordinator(), v.villageId(), "drivers", driver).getInt("pointsBalance");
    }

    private Response contribute(Long from, String amount, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("sponsorId", from);
        body.put("amount", amount == null ? null : new BigDecimal(amount));
        body.put("contributedOn", on.toString());
        body.put("note", "For the volunteers' new-year gifts");
        return as(v.coordinator(), PASSWORD).body(body).post(pool + "/contributions");
    }

    private Map<String, Object> redemption(String reward, String item, String amount, int points) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerKind", "DRIVER");
        body.put("volunteerId", driver);
        body.put("reward", reward);
        body.put("item", item);
        body.put("amount", amount == null ? null : new BigDecimal(amount));
        body.put("points", points);
        body.put("redeemedOn", Runs.today().toString());
        return body;
    }

    private Response redeem(Map<String, Object> body) {
        return as(v.coordinator(), PASSWORD).body(body).post(pool + "/redemptions");
    }
}
