package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Solomon VRPTW file: each customer is a stop with its window and service time (as fixed dwell) and one
 * rider with its demand; the depot's window is the route horizon. Unrounded Euclidean distances, travel time =
 * distance; objective fewest vehicles, then distance.
 */
final class SolomonReader {

    private SolomonReader() {
    }

    static PlanningProblem read(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        int fleet = 0;
        int capacity = 0;
        List<String> lines = Files.readAllLines(file);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).trim();
            if (line.startsWith("NUMBER")) {
                String[] f = lines.get(k + 1).trim().split("\\s+");
                fleet = Integer.parseInt(f[0]);
                capacity = Integer.parseInt(f[1]);
                k++;
            } else if (line.matches("[0-9][0-9.\\s]*") && line.split("\\s+").length == 7) {
                String[] f = line.split("\\s+");
                double[] row = new double[7];
                for (int c = 0; c < 7; c++) {
                    row[c] = Double.parseDouble(f[c]);
                }
                rows.add(row);
            }
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[1];
            y[i] = rows.get(i)[2];
        }
        TravelTimes travel = EuclideanTravelTimes.of(x, y, 1);
        List<Stop> stops = new ArrayList<>();
        List<Rider> riders = new ArrayList<>();
        double trivial = 0;
        for (int i = 1; i < n; i++) {
            double[] r = rows.get(i);
            TimeWindow window = new TimeWindow((int) r[4], (int) r[5]);
            stops.add(new Stop(String.valueOf(i), i, (int) r[6], 0, window));
            riders.add(new Rider(String.valueOf(i), (int) r[3], new int[] {i - 1}, 0));
            trivial += 2 * travel.metres(0, i);
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int k = 1; k <= fleet; k++) {
            vehicles.add(new Vehicle("v" + k, capacity));
        }
        double[] depot = rows.get(0);
        DepotTimes horizon = new DepotTimes((int) depot[4], new TimeWindow((int) depot[4], (int) depot[5]));
        // One route per customer bounds the total distance of any sensible solution.
        return new PlanningProblem(travel, 0, stops, riders, vehicles,
                Objective.fewestVehiclesThenDistance(trivial / 10 + 1), horizon);
    }
}
