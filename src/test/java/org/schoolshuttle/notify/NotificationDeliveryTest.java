package org.schoolshuttle.notify;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.RoutingService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

/** Messages leave through real channels: an SMTP server and an HTTP gateway on local ports (see %test config). */
@QuarkusTest
class NotificationDeliveryTest {

    private static SmtpReceiver smtp;
    private static WebhookReceiver gateway;

    @Inject
    RoutingService routing;

    @Inject
    Deliveries deliveries;

    @Inject
    MessageDeliveryRepository deliveryRows;

    @BeforeAll
    static void receivers() throws Exception {
        smtp = new SmtpReceiver(32525);
        gateway = new WebhookReceiver(32526);
    }

    @AfterAll
    static void stop() throws Exception {
        smtp.close();
        gateway.close();
    }

    @BeforeEach
    void roads() {
        RoadNetworkReady.await();
    }

    @Test
    void aFamilyHearsOfItsNewStopByEmailAndTextInItsLanguageAndAFailedSendIsRetried() {
        Api.SchoolSetup setup = Api.schoolWithCoordinator();
        String coordinator = setup.coordinator();
        Plans.vehicle(coordinator, setup.villageId(), Plans.sponsor(coordinator, setup.villageId()), 14);
        String parent = Api.parent();
        String email = Api.unique("mum") + "@example.org";
        as(parent, PASSWORD).body(Map.of("givenName", "明", "familyName", "王", "email", email)).put("/api/v1/family")
                .then().statusCode(200);
        as(parent, PASSWORD).body(Map.of("language", "en")).put("/api/v1/me/language").then().statusCode(200)
                .body("language", equalTo("en"));
        Plans.register(parent, setup.schoolId(), Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 1).get(0));
        JsonPath draft = Plans.draft(coordinator, setup.schoolId());
        gateway.failOnceFor(parent);
        as(coordinator, PASSWORD).post("/api/v1/plans/" + draft.getLong("id") + "/publish").then().statusCode(200);

        Instant now = Instant.now();
        deliverAllDue(now);
        SmtpReceiver.Received mail = smtp.mails.stream().filter(m -> m.to().contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email));
        assertTrue(mail.data().contains("School Shuttle: new stop or times"), mail.data());
        assertTrue(mail.data().contains("school shuttle: stop"), mail.data());
        // The gateway was down for this number: the text waits and is tried again later.
        assertTrue(fromGateway(parent).isEmpty());
        MessageDelivery text = deliveryRows.find("address = ?1 and channel = ?2", parent, MessageDelivery.Channel.WEBHOOK)
                .firstResult();
        assertEquals(MessageDelivery.Status.PENDING, text.status);
        assertEquals(1, text.attempts);
        assertTrue(text.lastError.contains("503"), text.lastError);

        deliverAllDue(now.plus(Duration.ofSeconds(31)));
        WebhookReceiver.Received sent = fromGateway(parent).orElseThrow();
        assertEquals("Bearer test-gateway-token", sent.authorization());
        assertEquals("en", sent.body().getString("language"));
        assertEquals("PLAN_CHANGED", sent.body().getString("topic"));
        assertTrue(sent.body().getString("text").contains("pickup at"));
        JsonPath feed = as(parent, PASSWORD).get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
        assertNotNull(feed.get("items[0].deliveredAt"));
    }

    @Test
    void coordinatorsHearOfABlockedRunInChineseByDefault() {
        org.schoolshuttle.run.RunsFixture.Blocked blocked = org.schoolshuttle.run.RunsFixture.blockedRunTomorrow(routing);
        JsonPath feed = as(blocked.coordinator(), PASSWORD).get("/api/v1/messages").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("RUN_BLOCKED", feed.getString("items[0].topic"));
        assertTrue(feed.getString("items[0].body").contains("无法出车"), feed.getString("items[0].body"));
    }

    @Test
    void aLanguageWeDoNotSpeakIsRefused() {
        String parent = Api.parent();
        Fleet.assertProblem(as(parent, PASSWORD).body(Map.of("language", "fr")).put("/api/v1/me/language"), 400, "language");
        as(parent, PASSWORD).get("/api/v1/me").then().body("language", equalTo("zh"));
    }

    private void deliverAllDue(Instant at) {
        for (int i = 0; i < 50 && deliveryRows.count("status = ?1 and nextAttemptAt <= ?2", MessageDelivery.Status.PENDING, at) > 0; i++) {
            if (deliveries.deliverDue(at) == 0 && i > 0) {
                break;
            }
        }
    }

    private static Optional<WebhookReceiver.Received> fromGateway(String phone) {
        return gateway.received.stream().filter(r -> phone.equals(r.body().getString("phone"))).findFirst();
    }

}
