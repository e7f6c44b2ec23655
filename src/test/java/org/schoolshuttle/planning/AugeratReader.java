package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CVRPLIB/TSPLIB {@code .vrp} file (EUC_2D, depot = node 1) into a planning problem, one rider per customer. */
final class AugeratReader {

    private AugeratReader() {
    }

    static PlanningProblem read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int dimension = 0;
        int capacity = 0;
        int fleet = Integer.MAX_VALUE;
        double[] x = null;
        double[] y = null;
        int[] demand = null;
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("NAME") && line.matches(".*-k\\d+\\s*$")) {
                // Augerat's convention: the fleet is the k in the name, and best-known values use exactly k routes.
                fleet = Integer.parseInt(line.replaceAll(".*-k(\\d+)\\s*$", "$1"));
            } else if (line.startsWith("DIMENSION")) {
                dimension = Integer.parseInt(line.split(":")[1].trim());
                x = new double[dimension];
                y = new double[dimension];
                demand = new int[dimension];
            } else if (line.startsWith("CAPACITY")) {
                capacity = Integer.parseInt(line.split(":")[1].trim());
            } else if (line.startsWith("NODE_COORD_SECTION") || line.startsWith("DEMAND_SECTION")
                    || line.startsWith("DEPOT_SECTION") || line.startsWith("EOF")) {
                section = line;
            } else if (section.startsWith("NODE_COORD")) {
                String[] f = line.split("\\s+");
                int node = Integer.parseInt(f[0]) - 1;
                x[node] = Double.parseDouble(f[1]);
                y[node] = Double.parseDouble(f[2]);
            } else if (section.startsWith("DEMAND")) {
                String[] f = line.split("\\s+");
                demand[Integer.parseInt(f[0]) - 1] = Integer.parseInt(f[1]);
            }
        }
        TravelTimes travel = EuclideanTravelTimes.rounded(x, y, 1);
        List<Stop> stops = new ArrayList<>();
        List<Rider> riders = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int node = 1; node < dimension; node++) {
            stops.add(Stop.at(String.valueOf(node), node));
            riders.add(Rider.atStop(String.valueOf(node), demand[node], node - 1));
        }
        for (int k = 1; k <= Math.min(fleet, dimension - 1); k++) {
            vehicles.add(new Vehicle("v" + k, capacity));
        }
        return new PlanningProblem(travel, 0, stops, riders, vehicles, Objective.distance());
    }
}
