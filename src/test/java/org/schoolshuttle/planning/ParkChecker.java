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
 * {@link ParkInstance}): every stop picked up exactly once, by a trip that drops at its own school; at most 66
 * students on board (a trip picks up at all its stops before its first school); each school of a trip visited
 * once, inside its window; the bus driving without waiting from its first stop to its first school (so the stop
 * times follow from the first arrival), and from each school, after letting its students off, to the next one by
 * the arrival written (waiting there if early); every student's ride from pick-up to their school within the
 * limit; and each bus able to drive from one trip's last school, after unloading, to the next trip's first stop in
 * time. The objective is the number of buses. Solution format:
 * {@code {"buses": [[{"stops": [100180, 100011, 100344], "schools": [{"school": 200005, "arrival": 19500},
 * {"school": 200002, "arrival": 20100}]}, ...], ...]}}.
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
            for (int n = 0; n < buses.get(b).size(); n++) {
                JsonNode trip = buses.get(b).get(n);
                String where = "bus " + (b + 1) + " trip " + (n + 1);
                List<ParkInstance.School> schools = new ArrayList<>();
                List<Integer> arrivals = new ArrayList<>();
                for (JsonNode visit : trip.get("schools")) {
                    ParkInstance.School school = instance.schools().get(visit.get("school").asInt());
                    if (school == null || schools.contains(school)) {
                        violations.add(where + ": school " + visit.get("school").asInt()
                                + (school == null ? " does not exist" : " visited twice"));
                        continue;
                    }
                    int arrival = visit.get("arrival").asInt();
                    if (arrival < school.early() || arrival > school.late()) {
                        violations.add(where + ": arrives at " + school.id() + " outside its window");
                    }
                    schools.add(school);
                    arrivals.add(arrival);
                }
                List<ParkInstance.StopRow> stops = new ArrayList<>();
                for (JsonNode id : trip.get("stops")) {
                    ParkInstance.StopRow stop = instance.stops().get(id.asInt());
                    if (stop == null || !seen.add(id.asInt())) {
                        violations.add(where + ": stop " + id.asInt() + (stop == null ? " does not exist" : " picked up twice"));
                        continue;
                    }
                    if (schools.stream().noneMatch(s -> s.id() == stop.school())) {
                        violations.add(where + ": stop " + stop.id() + " goes to school " + stop.school()
                                + ", which the trip does not visit");
                        continue;
                    }
                    stops.add(stop);
                }
                if (stops.isEmpty() || schools.isEmpty()) {
                    violations.add(where + ": no stops or no school");
                    continue;
                }
                int load = stops.stream().mapToInt(ParkInstance.StopRow::students).sum();
                if (load > ParkInstance.SEATS) {
                    violations.add(where + ": " + load + " students on board");
                }
                int[] dropped = new int[schools.size()];
                for (ParkInstance.StopRow s : stops) {
                    dropped[indexOf(schools, s.school())] += s.students();
                }
                for (int j = 1; j < schools.size(); j++) {
                    ParkInstance.School from = schools.get(j - 1);
                    ParkInstance.School to = schools.get(j);
                    int reach = arrivals.get(j - 1) + ParkInstance.schoolService(dropped[j - 1])
                            + ParkInstance.seconds(ParkInstance.feet(from.x(), from.y(), to.x(), to.y()));
                    if (arrivals.get(j) < reach) {
                        violations.add(where + ": cannot reach school " + to.id() + " by " + arrivals.get(j));
                    }
                }
                // Backwards from the arrival at the first school: when the bus reaches each stop.
                int t = arrivals.get(0);
                double[] next = {schools.get(0).x(), schools.get(0).y()};
                int firstArrival = t;
                for (int k = stops.size() - 1; k >= 0; k--) {
                    ParkInstance.StopRow s = stops.get(k);
                    t -= ParkInstance.seconds(ParkInstance.feet(s.x(), s.y(), next[0], next[1]));
                    t -= ParkInstance.stopService(s.students());
                    int ride = arrivals.get(indexOf(schools, s.school())) - t;
                    if (ride > rideLimit) {
                        violations.add(where + ": stop " + s.id() + " rides " + ride + " s");
                    }
                    next = new double[] {s.x(), s.y()};
                    firstArrival = t;
                }
                if (at != null && freeAt + ParkInstance.seconds(ParkInstance.feet(at[0], at[1], next[0], next[1])) > firstArrival) {
                    violations.add(where + ": the bus cannot come from its previous trip in time");
                }
                ParkInstance.School last = schools.get(schools.size() - 1);
                freeAt = arrivals.get(schools.size() - 1) + ParkInstance.schoolService(dropped[schools.size() - 1]);
                at = new double[] {last.x(), last.y()};
            }
        }
        if (seen.size() != instance.stops().size()) {
            violations.add((instance.stops().size() - seen.size()) + " stops never picked up");
        }
        return new SolutionChecker.Verdict(buses.size(), buses.size(), violations);
    }

    private static int indexOf(List<ParkInstance.School> schools, int id) {
        for (int j = 0; j < schools.size(); j++) {
            if (schools.get(j).id() == id) {
                return j;
            }
        }
        return -1;
    }
}
