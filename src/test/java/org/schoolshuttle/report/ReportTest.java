package org.schoolshuttle.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** The sponsor's and the village's reports read back as JSON and CSV, counts only, and who may read them. */
@QuarkusTest
class ReportTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aSponsorSeesWhatItsSupportDeliveredInCountsNeverNames() {
        ReportScene scene = ReportScene.create(routing);
        Runs.Setup s = scene.s();
        String path = "/api/v1/reports/sponsors/" + s.sponsor();
        as(s.coordinator(), PASSWORD).body(Map.of("sponsorId", s.sponsor(), "amount", "300",
                        "contributedOn", Runs.today().toString(), "note", "Rewards for our drivers"))
                .post("/api/v1/villages/" + s.villageId() + "/reward-pool/contributions").then().statusCode(201);
        String json = as(scene.sponsorLogin(), PASSWORD).get(path).then().statusCode(200).extract().asString();
        JsonPath r = JsonPath.from(json);
        assertEquals(3, r.getInt("runs.childrenServed"));
        assertEquals(1, r.getInt("runs.completed"));
        assertEquals(1, r.getInt("runs.scheduled"), "only the sponsored morning run counts");
        assertEquals(0, r.getInt("runs.cancelled"));
        assertEquals(0, r.getInt("runs.incidents"));
        assertTrue(r.getDouble("runs.km") > 0, "km driven: " + r.get("runs.km"));
        assertEquals(8, r.getInt("seatsFunded"));
        assertEquals(3.0, r.getDouble("seatsUsed"));
        assertEquals(6000.0, r.getDouble("moneyCommitted"));
        assertEquals(500.0, r.getDouble("moneyReceived"));
        assertEquals(450.0, r.getDouble("moneySpent"));
        assertEquals(300.0, r.getDouble("volunteerRewards.contributed"), "the reward pool feeds the report");
        assertEquals(300.0, r.getDouble("volunteerRewards.unspent"));
        assertEquals(0, r.getInt("volunteerRewards.volunteers"));
        assertEquals(12, r.getList("months").size(), "twelve months by default");
        assertEquals(1, r.getInt("months[11].runsCompleted"));
        for (String name : scene.childNames()) {
            assertFalse(json.contains(name), "no child's name in a sponsor's report: " + name);
        }

        String csv = new String(as(scene.sponsorLogin(), PASSWORD).get(path + "/report.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFfigure,value\r\n"), csv);
        assertTrue(csv.contains("\r\nchildren_served,3\r\n"), csv);
        assertTrue(csv.contains("\r\nmoney_committed_yuan,6000.00\r\n"), csv);
        assertTrue(csv.contains("\r\nvolunteer_rewards_given_yuan,300.00\r\n"), csv);
        assertTrue(csv.contains("\r\n" + YearMonth.from(Runs.today()) + ",1,"), csv);
        for (String name : scene.childNames()) {
            assertFalse(csv.contains(name), "no child's name in the CSV: " + name);
        }

        String pdf = pdfText(as(scene.sponsorLogin(), PASSWORD).get(path + "/report.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray());
        assertTrue(pdf.contains("赞助透明度报告"), pdf);
        assertTrue(pdf.replaceAll("\\s+", " ").matches(".*乘车儿童 Children who (rode )?3.*"), "children who rode: " + pdf);
        assertTrue(pdf.contains("¥6000.00"), "money committed: " + pdf);
        assertTrue(pdf.contains(YearMonth.from(Runs.today()).toString()), "a month of the chart and table");
        for (String name : scene.childNames()) {
            assertFalse(pdf.contains(name), "no child's name in the PDF: " + name);
        }
        as(s.parent(), PASSWORD).get(path + "/report.pdf").then().statusCode(403);

        // A shorter period before the run: nothing delivered yet.
        String yesterday = Runs.today().minusDays(1).toString();
        as(scene.sponsorLogin(), PASSWORD).queryParam("from", Runs.today().minusDays(2).toString()).queryParam("to", yesterday)
                .get(path).then().statusCode(200).body("runs.completed", org.hamcrest.Matchers.equalTo(0))
                .body("months.size()", org.hamcrest.Matchers.equalTo(YearMonth.from(Runs.today().minusDays(2))
                        .equals(YearMonth.from(Runs.today().minusDays(1))) ? 1 : 2));

        // Its own report only; the village's coordinators see it; nobody else.
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        as(scene.sponsorLogin(), PASSWORD).get("/api/v1/reports/sponsors/" + other.sponsor()).then().statusCode(404);
        as(scene.sponsorLogin(), PASSWORD).get("/api/v1/reports/villages/" + s.villageId()).then().statusCode(403);
        as(s.coordinator(), PASSWORD).get(path).then().statusCode(200);
        as(other.coordinator(), PASSWORD).get(path).then().statusCode(404);
        as(other.coordinator(), PASSWORD).get(path + "/report.csv").then().statusCode(404);
        as(s.parent(), PASSWORD).get(path).then().statusCode(403);
        as(s.driver(), PASSWORD).get(path).then().statusCode(403);
        RestAssured.given().get(path).then().statusCode(401);
        Api.asAdmin().get(path).then().statusCode(200);

        Fleet.assertProblem(as(scene.sponsorLogin(), PASSWORD).queryParam("from", "2026-11").get(path), 400, "from");
        Fleet.assertProblem(as(scene.sponsorLogin(), PASSWORD).queryParam("from", "2026-05-01").queryParam("to", "2026-01-01")
                .get(path), 422, "to");
        Fleet.assertProblem(as(scene.sponsorLogin(), PASSWORD).queryParam("from", "2010-01-01").queryParam("to", "2026-01-01")
                .get(path), 422, "from");
    }

    @Test
    void aVillageReportGivesCoverageDistributionsRunsAndCostPerChild() {
        ReportScene scene = ReportScene.create(routing);
        Runs.Setup s = scene.s();
        String path = "/api/v1/reports/villages/" + s.villageId();
        JsonPath r = as(s.coordinator(), PASSWORD).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(3, r.getInt("registered"));
        assertEquals(3, r.getInt("served"));
        assertEquals(0, r.getInt("waitlisted"));
        assertEquals(3, r.getList("rideMinutes.count", Integer.class).stream().mapToInt(Integer::intValue).sum(),
                "every seated child's ride in a band");
        assertEquals(3, r.getList("walkMetres.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertTrue(r.getDouble("longestRideMinutes") <= 45, "within the ride limit");
        assertEquals(2, r.getInt("runs.scheduled"), "the morning and the afternoon run");
        assertEquals(1, r.getInt("runs.completed"));
        assertEquals(450.0, r.getDouble("costs"));
        assertEquals(150.0, r.getDouble("costPerChild"), "450 yuan for three children");
        assertEquals(1, r.getList("schools").size());
        assertEquals(2, r.getList("routes").size(), "both routes ran or were scheduled");
        assertEquals(150.0, r.getDouble("routes.find { it.direction == 'TO_SCHOOL' }.costPerChild"));

        String csv = new String(as(s.coordinator(), PASSWORD).get(path + "/report.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nregistered,3\r\n"), csv);
        assertTrue(csv.contains("\r\ncost_per_child_yuan,150.00\r\n"), csv);
        assertTrue(csv.contains("\r\nroute,school,direction,"), csv);

        String pdf = pdfText(as(s.coordinator(), PASSWORD).get(path + "/report.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray()).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("村级报告"), pdf);
        assertTrue(pdf.matches(".*每名儿童成本 Cost per (child )?¥150\\.00.*"), "cost per child: " + pdf);
        assertTrue(pdf.contains("By route"), pdf);

        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        as(other.coordinator(), PASSWORD).get(path).then().statusCode(404);
        as(other.coordinator(), PASSWORD).get(path + "/report.pdf").then().statusCode(404);
        as(s.parent(), PASSWORD).get(path).then().statusCode(403);
        as(s.driver(), PASSWORD).get(path + "/report.csv").then().statusCode(403);
        RestAssured.given().get(path).then().statusCode(401);
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
