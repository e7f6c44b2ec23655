package org.schoolshuttle.planning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mixed-load checker on a small instance of its own: two schools 100 s apart on a straight road (2,933 ft at
 * 29.33 ft/s), a stop of each 900 and 1,000 s beyond. One bus picks up both and drops at each school in turn.
 */
class ParkCheckerTest {

    @TempDir
    Path folder;

    private void instance() throws IOException {
        Files.writeString(folder.resolve("Schools.txt"), "ID\tX\tY\tAMEARLY\tAMLATE\n"
                + "200001\t0\t0\t700\t730\n200002\t2933\t0\t700\t740\n");
        Files.writeString(folder.resolve("Stops.txt"), "ID\tX_COORD\tY_COORD\tEP_ID\tSTUDENT_COUNT\n"
                + "100001\t29330\t0\t200001\t10\n100002\t32263\t0\t200002\t5\n");
    }

    private SolutionChecker.Verdict check(int rideLimit, String trip) throws IOException {
        instance();
        Path json = Files.writeString(folder.resolve("solution.json"), "{\"buses\": [[" + trip + "]]}");
        return ParkChecker.check(folder, rideLimit, json);
    }

    @Test
    void aMixedTripDroppingAtEachSchoolInTurnChecksOut() throws IOException {
        // At school 200002 at 07:20 (26,400 s): stop 100001 was left 900 s before after 45 s there, stop 100002
        // 100 s and 32 s before that: rides 1,077 s; letting 5 off takes 39 s, 100 s on: 1,084 s for the other.
        SolutionChecker.Verdict verdict = check(2700, "{\"stops\": [100002, 100001], \"schools\": ["
                + "{\"school\": 200002, \"arrival\": 26400}, {\"school\": 200001, \"arrival\": 26539}]}");
        assertTrue(verdict.violations().isEmpty(), verdict.violations().toString());
        assertEquals(1, verdict.objective(), 0);
    }

    @Test
    void aRideOverTheLimitToTheSecondSchoolIsCaught() throws IOException {
        SolutionChecker.Verdict verdict = check(1080, "{\"stops\": [100002, 100001], \"schools\": ["
                + "{\"school\": 200002, \"arrival\": 26400}, {\"school\": 200001, \"arrival\": 26539}]}");
        assertEquals(1, verdict.violations().size(), verdict.violations().toString());
        assertTrue(verdict.violations().get(0).contains("stop 100001 rides 1084 s"), verdict.violations().toString());
    }

    @Test
    void reachingTheSecondSchoolFasterThanTheRoadAllowsIsCaught() throws IOException {
        SolutionChecker.Verdict verdict = check(2700, "{\"stops\": [100002, 100001], \"schools\": ["
                + "{\"school\": 200002, \"arrival\": 26400}, {\"school\": 200001, \"arrival\": 26500}]}");
        assertTrue(verdict.violations().stream().anyMatch(v -> v.contains("cannot reach school 200001")),
                verdict.violations().toString());
    }

    @Test
    void aChildCarriedToASchoolTheTripNeverVisitsIsCaught() throws IOException {
        SolutionChecker.Verdict verdict = check(2700,
                "{\"stops\": [100002, 100001], \"schools\": [{\"school\": 200002, \"arrival\": 26400}]}");
        assertTrue(verdict.violations().stream().anyMatch(v -> v.contains("which the trip does not visit")),
                verdict.violations().toString());
    }
}
