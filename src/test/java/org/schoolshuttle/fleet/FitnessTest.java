package org.schoolshuttle.fleet;

import org.junit.jupiter.api.Test;
import org.schoolshuttle.common.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compliance rules alone, without Quarkus: expiry days are inclusive, and every reason is listed. */
class FitnessTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 3, 1);

    @Test
    void aDriverIsFitOnTheExpiryDayAndUnfitTheDayAfter() {
        Driver driver = driver(EXPIRY, LocalDate.of(2025, 1, 10), EXPIRY, LocalDate.of(2025, 1, 1));

        assertEquals(new Fitness(EXPIRY, true, List.of()), driver.fitness(EXPIRY, 2));
        Fitness dayAfter = driver.fitness(EXPIRY.plusDays(1), 2);
        assertFalse(dayAfter.fit());
        assertEquals(List.of("licence expired on 2026-03-01", "background check expired on 2026-03-01"), dayAfter.reasons());
    }

    @Test
    void everyReasonIsListedNotJustTheFirst() {
        Driver driver = driver(LocalDate.of(2025, 12, 31), null, null, null);

        Fitness fitness = driver.fitness(EXPIRY, 2);

        assertFalse(fitness.fit());
        assertEquals(List.of("licence expired on 2025-12-31", "background check missing", "child-safety training missing"),
                fitness.reasons());
    }

    @Test
    void trainingIsValidForTheConfiguredYearsIncludingTheAnniversary() {
        Vetting vetting = new Vetting(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), LocalDate.of(2024, 3, 1));

        assertEquals(List.of(), vetting.reasonsUnfitOn(LocalDate.of(2026, 3, 1), 2));
        assertEquals(List.of("child-safety training older than 2 years (trained on 2024-03-01, valid until 2026-03-01)"),
                vetting.reasonsUnfitOn(LocalDate.of(2026, 3, 2), 2));
        assertEquals(List.of("child-safety training older than 1 year (trained on 2024-03-01, valid until 2025-03-01)"),
                vetting.reasonsUnfitOn(LocalDate.of(2026, 3, 1), 1));
    }

    @Test
    void checksAndTrainingDatedAfterTheDayDoNotCount() {
        Vetting vetting = new Vetting(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2026, 4, 1));

        assertEquals(List.of("background check missing (the one on file is dated 2026-05-01)",
                "child-safety training missing (the one on file is dated 2026-04-01)"), vetting.reasonsUnfitOn(EXPIRY, 2));
    }

    @Test
    void anEscortNeedsOnlyTheVetting() {
        Escort escort = new Escort();
        escort.vetting(new Vetting(null, null, LocalDate.of(2023, 1, 1)));

        assertEquals(List.of("background check missing",
                        "child-safety training older than 2 years (trained on 2023-01-01, valid until 2025-01-01)"),
                escort.fitness(EXPIRY, 2).reasons());
    }

    @Test
    void aVehicleNeedsInspectionAndInsuranceValidThatDay() {
        Vehicle vehicle = new Vehicle();
        vehicle.inspectionExpiry = EXPIRY;
        vehicle.insuranceExpiry = EXPIRY.minusDays(1);

        assertEquals(List.of("insurance expired on 2026-02-28"), vehicle.fitness(EXPIRY).reasons());
        assertEquals(List.of("inspection expired on 2026-03-01", "insurance expired on 2026-02-28"),
                vehicle.fitness(EXPIRY.plusDays(1)).reasons());
        assertTrue(vehicle.fitness(EXPIRY.minusDays(1)).fit());
    }

    @Test
    void backgroundCheckDatesComeTogetherAndInOrder() {
        LocalDate on = LocalDate.of(2025, 1, 10);
        assertEquals("backgroundCheckExpiry: must not be before backgroundCheckOn",
                assertThrows(InvalidInputException.class, () -> Vetting.checked(on, on.minusDays(1), null)).getMessage());
        assertEquals("backgroundCheckExpiry: is required when backgroundCheckOn is given",
                assertThrows(InvalidInputException.class, () -> Vetting.checked(on, null, null)).getMessage());
        assertEquals("backgroundCheckOn: is required when backgroundCheckExpiry is given",
                assertThrows(InvalidInputException.class, () -> Vetting.checked(null, on, null)).getMessage());
        assertEquals(new Vetting(on, on, null), Vetting.checked(on, on, null));
    }

    private static Driver driver(LocalDate licenceExpiry, LocalDate checkOn, LocalDate checkExpiry, LocalDate trainingOn) {
        Driver driver = new Driver();
        driver.licenceExpiry = licenceExpiry;
        driver.vetting(new Vetting(checkOn, checkExpiry, trainingOn));
        return driver;
    }
}
