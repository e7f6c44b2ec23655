package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Schittekat et al. (2013) {@code .xpress} instance: {@code m n v c w}, the school, m stops, n students.
 * Each student becomes a rider whose stops are those within walking distance w (inclusive); point 0 is the school.
 */
final class SchittekatReader {

    private SchittekatReader() {
    }

    static PlanningProblem read(Path file) throws IOException {
        double[] v = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty())
                .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).mapToDouble(Double::parseDouble).toArray();
        int m = (int) v[0];
        int n = (int) v[1];
        int buses = (int) v[2];
        int capacity = (int) v[3];
        double walk = v[4];
        double[] x = new double[m + 1];
        double[] y = new double[m + 1];
        for (int p = 0; p <= m; p++) {
            x[p] = v[5 + 2 * p];
            y[p] = v[6 + 2 * p];
        }
        List<Stop> stops = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            stops.add(Stop.at(String.valueOf(s + 1), s + 1));
        }
        List<Rider> riders = new ArrayList<>();
        int base = 5 + 2 * (m + 1);
        for (int i = 0; i < n; i++) {
            double sx = v[base + 2 * i];
            double sy = v[base + 2 * i + 1];
            List<Integer> near = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                if (Math.hypot(sx - x[s + 1], sy - y[s + 1]) <= walk) {
                    near.add(s);
                }
            }
            riders.add(new Rider(String.valueOf(i + 1), 1, near.stream().mapToInt(Integer::intValue).toArray(), 0));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int k = 0; k < Math.max(buses, (n + capacity - 1) / capacity); k++) {
            vehicles.add(new Vehicle("bus" + (k + 1), capacity));
        }
        return new PlanningProblem(EuclideanTravelTimes.of(x, y, 1), 0, stops, riders, vehicles,
                Objective.distance());
    }
}
