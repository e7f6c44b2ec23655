package org.schoolshuttle.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;

import java.io.IOException;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** The certificate of volunteer service, read back as text, in both languages; only the volunteer and their coordinator. */
@QuarkusTest
class ServiceCertificateTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void roads() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aVolunteerAndTheirCoordinatorPrintTheCertificateOfTheHoursGiven() {
        Volunteering.Crewed c = Volunteering.crewedToday(routing);
        Volunteering.drive(c, c.morning(), 90, null);
        String name = Volunteering.mine(c.driver()).getString("name");

        String mine = text(as(c.driver(), PASSWORD).get("/api/v1/volunteers/me/certificate.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).header("Content-Disposition", containsString(".pdf"))
                .extract().asByteArray());
        assertTrue(mine.contains("志愿服务证明"), mine);
        assertTrue(mine.contains("Certificate of volunteer service"), mine);
        assertTrue(mine.contains(name), "the volunteer's name: " + mine);
        assertTrue(mine.contains("1.5"), "an hour and a half: " + mine);
        assertTrue(mine.contains("1 school runs") || mine.contains("1 趟"), "one run: " + mine);

        String today = Runs.today().toString();
        String theirs = text(as(c.coordinator(), PASSWORD).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/villages/" + c.villageId() + "/volunteers/escorts/" + c.escortId() + "/certificate.pdf")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(theirs.contains("1.5") && theirs.contains(today), "the escort rode the same run: " + theirs);
        String before = text(as(c.driver(), PASSWORD).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/volunteers/me/certificate.pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(before.replaceAll("\\s+", " ").contains("共计 0"), "no hours before the run: " + before);

        Fleet.assertProblem(as(c.driver(), PASSWORD).queryParam("from", today).queryParam("to", "2020-01-01")
                .get("/api/v1/volunteers/me/certificate.pdf"), 422, "to");
        Fleet.assertProblem(as(c.driver(), PASSWORD).queryParam("from", "yesterday")
                .get("/api/v1/volunteers/me/certificate.pdf"), 400, "from");
        String stranger = Api.schoolWithCoordinator().coordinator();
        as(stranger, PASSWORD).get("/api/v1/villages/" + c.villageId() + "/volunteers/escorts/" + c.escortId()
                + "/certificate.pdf").then().statusCode(404);
        as(c.setup().parent(), PASSWORD).get("/api/v1/volunteers/me/certificate.pdf").then().statusCode(403);
        RestAssured.given().get("/api/v1/volunteers/me/certificate.pdf").then().statusCode(401);
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
