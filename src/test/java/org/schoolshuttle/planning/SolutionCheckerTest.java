package org.schoolshuttle.planning;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The independent checker accepts the published solutions and rejects broken ones. */
class SolutionCheckerTest {

    private static final Path SET = Path.of("..", "shared", "benchmarks", "cvrp-augerat", "P");

    @TempDir
    Path work;

    @Test
    void thePublishedSolutionChecksOutAtItsCost() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SET), SET.toAbsolutePath() + " is absent: skipping");
        SolutionChecker.Verdict verdict = SolutionChecker.checkCvrp(SET.resolve("P-n16-k8.vrp"), SET.resolve("P-n16-k8.sol"));
        assertTrue(verdict.violations().isEmpty(), verdict.violations().toString());
        assertEquals(450, verdict.objective(), 0.001);
        assertEquals(8, verdict.vehicles());
    }

    @Test
    void aSolutionThatOverloadsABusOrForgetsACustomerIsRejected() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SET), SET.toAbsolutePath() + " is absent: skipping");
        // P-n16-k8: 15 customers, capacity 35; one route with every customer is far over capacity.
        StringBuilder everyone = new StringBuilder("Route #1:");
        for (int c = 1; c <= 15; c++) {
            everyone.append(' ').append(c);
        }
        Path overloaded = Files.writeString(work.resolve("overloaded.sol"), everyone + "\nCost 1\n");
        assertFalse(SolutionChecker.checkCvrp(SET.resolve("P-n16-k8.vrp"), overloaded).violations().isEmpty());

        Path missing = Files.writeString(work.resolve("missing.sol"), "Route #1: 1 2\nCost 1\n");
        assertFalse(SolutionChecker.checkCvrp(SET.resolve("P-n16-k8.vrp"), missing).violations().isEmpty());
    }
}
