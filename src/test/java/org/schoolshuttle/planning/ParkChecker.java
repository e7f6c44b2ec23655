package org.schoolshuttle.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a written mixed-school solution against the instance files alone, with the README's rules (see
 * {@link ParkInstance}): every stop picked up exactly once by a trip to its own school, at most 66 students on
 * board, arrival at school inside its window, every student's ride from pick-up to school within the limit, and
 * each bus able to drive from one trip's school, after unloading, to the next trip's first stop in time. The
 * objective is the number of buses. Solution format:
 * {@code {"buses": [[{"school": 200005, "arrival": 19500, "stops": [100180, 100011]}, ...], ...]}}.
 */
final class ParkChecker {

    private ParkChecker() {
    }

    static SolutionChecker.Verdict check(Path folder, int rideLimit, Path json) throws IOException {
        ParkInstance instance = ParkInstance.read(folder, rideLimit);
        JsonNode buses = new ObjectMapper().readTree(json.toFile()).get("buses");
        List<String> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int b = 0; b < buses.size(); b++) {
            int freeAt = Integer.MIN_VALUE;
            double[] at = null;
            for (JsonNode trip : buses.get(b)) {
                ParkInstance.School school = instance.schools().get(trip.get("school").asInt());
                int arrival = trip.get("arrival").asInt();
                String where = "bus " + (b + 1) + " trip to " + trip.get("school").asInt();
                if (school == null) {
                    violations.add(where + ": no such school");
                    continue;
                }
                if (arrival < school.early() || arrival > school.late()) {
                    violations.add(where + ": arrives outside the school's window");
                }
                List<ParkInstance.StopRow> stops = new ArrayList<>();
                for (JsonNode id : trip.get("stops")) {
                    ParkInstance.StopRow stop = instance.stops().get(id.asInt());
                    if (stop == null || !seen.add(id.asInt())) {
                        violations.add(where + ": stop " + id.asInt() + (stop == null ? " does not exist" : " picked up twice"));
                        continue;
                    }
                    if (stop.school() != school.id()) {
                        violations.add(where + ": stop " + stop.id() + " belongs to school " + stop.school());
                    }
                    stops.add(stop);
                }
                if (stops.isEmpty()) {
                    violations.add(where + ": no stops");
                    continue;
                }
                int load = stops.stream().mapToInt(ParkInstance.StopRow::students).sum();
                if (load > ParkInstance.SEATS) {
                    violations.add(where + ": " + load + " students on board");
                }
                // Backwards from the arrival at school: when the bus reaches each stop.
                int t = arrival;
                double[] next = {school.x(), school.y()};
                int firstArrival = arrival;
                for (int k = stops.size() - 1; k >= 0; k--) {
                    ParkInstance.StopRow s = stops.get(k);
                    t -= ParkInstance.seconds(ParkInstance.feet(s.x(), s.y(), next[0], next[1]));
                    t -= ParkInstance.stopService(s.students());
                    if (arrival - t > rideLimit) {
                        violations.add(where + ": stop " + s.id() + " rides " + (arrival - t) + " s");
                    }
                    next = new double[] {s.x(), s.y()};
                    firstArrival = t;
                }
                if (at != null && freeAt + ParkInstance.seconds(ParkInstance.feet(at[0], at[1], next[0], next[1])) > firstArrival) {
                    violations.add(where + ": the bus cannot come from its previous trip in time");
                }
                freeAt = arrival + ParkInstance.schoolService(load);
                at = new double[] {school.x(), school.y()};
            }
        }
        if (seen.size() != instance.stops().size()) {
            violations.add((instance.stops().size() - seen.size()) + " stops never picked up");
        }
        return new SolutionChecker.Verdict(buses.size(), buses.size(), violations);
    }
}
