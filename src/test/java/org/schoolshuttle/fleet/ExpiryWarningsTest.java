package org.schoolshuttle.fleet;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;

@QuarkusTest
class ExpiryWarningsTest {

    @Inject
    ExpiryWarnings warnings;

    @Test
    void coordinatorsAreWarnedOnceAWeekOfWhatRunsOutWithinThirtyDays() {
        long village = Api.village();
        String coordinator = Api.coordinator(village);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long sponsor = Fleet.create(coordinator, "/api/v1/sponsors", Map.of("villageId", village, "kind", "COMPANY",
                "name", Api.unique("爱心企业 ")));
        Map<String, Object> soon = Fleet.vehicleBody(village, sponsor);
        soon.put("insuranceExpiry", today.plusDays(10).toString());
        soon.put("inspectionExpiry", today.plusYears(1).toString());
        Fleet.create(coordinator, "/api/v1/vehicles", soon);
        Map<String, Object> later = Fleet.vehicleBody(village, sponsor);
        later.put("insuranceExpiry", today.plusDays(45).toString());
        later.put("inspectionExpiry", today.plusYears(1).toString());
        Fleet.create(coordinator, "/api/v1/vehicles", later);

        List<String> first = warnings.warn(village);
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).startsWith("Vehicle ") && first.get(0).endsWith("insurance expires on "
                + today.plusDays(10)), first.get(0));
        assertEquals(List.of(), warnings.warn(village), "once a week");
        as(coordinator, PASSWORD).queryParam("villageId", village).get("/api/v1/alerts").then().statusCode(200)
                .body("items.kind", equalTo(List.of("EXPIRY_WARNING")));
    }
}
