package org.schoolshuttle.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {

    private static final Path BENCHMARKS = Path.of("../shared/benchmarks");
    private static final SolverSettings ONE_SECOND = new SolverSettings(Duration.ofSeconds(1), 1, 1);

    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource({
        "inst1-1s5-25-c25-w5, 141.01",
        "inst2-7s5-25-c50-w5, 161.62",
        "inst5-4s5-25-c25-w20, 111.65",
        "inst7-8s5-25-c25-w40, 7.63",
        "inst8-8s5-25-c50-w40, 25.64"})
    void reachesProvenOptimumOfSmallBusStopSelectionInstances(String name, double optimum) throws IOException {
        Path instance = benchmark("sbrp-bss-schittekat2013/" + name + ".xpress");
        Plan plan = new Planner().solve(SchittekatReader.read(instance), ONE_SECOND);
        Path json = out.resolve(name + ".json");
        SolutionWriter.writeSchoolBus(plan, json);
        SolutionChecker.Verdict verdict = SolutionChecker.checkSbrp(instance, json);
        assertTrue(verdict.feasible(), verdict.violations().toString());
        // optimum as printed, rounded to 2 decimals
        assertEquals(optimum, verdict.objective(), 0.006);
    }

    @Test
    void reachesOptimumOfAugeratP16() throws IOException {
        Path instance = benchmark("cvrp-augerat/P/P-n16-k8.vrp");
        Plan plan = new Planner().solve(AugeratReader.read(instance), ONE_SECOND);
        Path sol = out.resolve("P-n16-k8.sol");
        SolutionWriter.writeCvrp(plan, sol);
        SolutionChecker.Verdict verdict = SolutionChecker.checkCvrp(instance, sol);
        assertTrue(verdict.feasible(), verdict.violations().toString());
        assertEquals(450, verdict.objective(), 1e-9); // proven optimum, 8 routes
        assertEquals(8, verdict.vehicles());
    }

    @Test
    void neverExceedsCapacityAndReportsWhoCannotBeServed() {
        // Depot at 0,0; three stops on a line; one 4-seat vehicle; 6 seats wanted.
        TravelTimes travel = EuclideanTravelTimes.of(new double[] {0, 1, 2, 3}, new double[] {0, 0, 0, 0}, 1);
        List<Stop> stops = List.of(Stop.at("a", 1), Stop.at("b", 2), Stop.at("c", 3));
        List<Rider> riders = List.of(Rider.atStop("x", 2, 0), Rider.atStop("y", 2, 1), Rider.atStop("z", 2, 2));
        PlanningProblem problem = new PlanningProblem(travel, 0, stops, riders, List.of(new Vehicle("bus", 4)),
                Objective.distance());
        Plan plan = new Planner().solve(problem, new SolverSettings(Duration.ofMillis(200), 1, 1));
        assertEquals(1, plan.vehicles());
        assertEquals(4, plan.routes().get(0).load());
        assertEquals(1, plan.unserved().size());
    }

    @Test
    void riderWalksToAStopAnotherRiderAlreadyUses() {
        // Two children may both use stop b; stop a serves only the first. Best: visit b only, length 2 * 2 = 4.
        TravelTimes travel = EuclideanTravelTimes.of(new double[] {0, 3, 2}, new double[] {0, 0, 0}, 1);
        List<Stop> stops = List.of(Stop.at("a", 1), Stop.at("b", 2));
        List<Rider> riders = List.of(new Rider("x", 1, new int[] {0, 1}, 0), new Rider("y", 1, new int[] {1}, 0));
        PlanningProblem problem = new PlanningProblem(travel, 0, stops, riders, List.of(new Vehicle("bus", 8)),
                Objective.distance());
        Plan plan = new Planner().solve(problem, new SolverSettings(Duration.ofMillis(200), 1, 1));
        assertEquals(4, plan.metres(), 1e-9);
        assertEquals(1, plan.riderStop()[0]);
    }

    @Test
    void reachesTheBestKnownVehicleCountOfSolomonC101() throws IOException {
        Path instance = benchmark("vrptw-solomon/C101.txt");
        Plan plan = new Planner().solve(SolomonReader.read(instance), new SolverSettings(Duration.ofSeconds(5), 1, 2));
        Path sol = out.resolve("C101.sol");
        SolutionWriter.writeVrptw(plan, sol);
        SolutionChecker.Verdict verdict = SolutionChecker.checkVrptw(instance, sol);
        assertTrue(verdict.feasible(), verdict.violations().toString());
        assertEquals(10, verdict.vehicles()); // best known: 10 vehicles, 828.94
        assertEquals(828.94, verdict.objective(), 828.94 * 0.03);
    }

    private static Path benchmark(String relative) {
        Assumptions.assumeTrue(Files.isDirectory(BENCHMARKS),
                "benchmarks not found at ../shared/benchmarks (run from the project directory); skipped");
        return BENCHMARKS.resolve(relative);
    }
}
