package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The problem flattened into arrays for the search: node 0 is the depot, node s + 1 is stop s.
 * Built once per solve and shared read-only by all search threads.
 */
final class SearchModel {

    final int stopCount;
    final int riderCount;
    final double[][] dist;
    final int[] demand;
    final int[][] riderStops;
    final int[][] stopRiders;
    final int[] mustDemand;
    final int[][] neighbours;
    final double[] riderRemoteness;
    final int[] capacity;
    /** Per rider: 1 when they need a wheelchair place / a booster seat. Per vehicle: how many it has. */
    final int[] wheelchair;
    final int[] booster;
    final int[] wheelchairPlaces;
    final int[] boosterSeats;
    /** False when no rider has a special need: then no check is made. */
    final boolean needsMatter;
    final int[] vehiclesByCapacity;
    final double vehicleCost;
    final double unservedCost;
    final TimeModel time;

    SearchModel(PlanningProblem problem) {
        List<Stop> stops = problem.stops();
        stopCount = stops.size();
        riderCount = problem.riders().size();
        TravelTimes travel = problem.travel();
        int[] point = new int[stopCount + 1];
        point[0] = problem.depot();
        for (int s = 0; s < stopCount; s++) {
            point[s + 1] = stops.get(s).point();
        }
        dist = new double[stopCount + 1][stopCount + 1];
        double longest = 0;
        for (int a = 0; a <= stopCount; a++) {
            for (int b = 0; b <= stopCount; b++) {
                dist[a][b] = a == b ? 0 : travel.metres(point[a], point[b]);
                if (Double.isFinite(dist[a][b])) {
                    // Unreachable pairs (infinite) are never inserted; they must not poison the penalty.
                    longest = Math.max(longest, dist[a][b]);
                }
            }
        }
        demand = new int[riderCount];
        wheelchair = new int[riderCount];
        booster = new int[riderCount];
        riderStops = new int[riderCount][];
        riderRemoteness = new double[riderCount];
        List<List<Integer>> byStop = new ArrayList<>();
        for (int s = 0; s < stopCount; s++) {
            byStop.add(new ArrayList<>());
        }
        for (int i = 0; i < riderCount; i++) {
            Rider r = problem.riders().get(i);
            demand[i] = r.demand();
            wheelchair[i] = r.wheelchair() ? 1 : 0;
            booster[i] = r.booster() ? 1 : 0;
            riderStops[i] = Arrays.stream(r.stops()).distinct().toArray();
            double near = Double.MAX_VALUE;
            for (int s : riderStops[i]) {
                byStop.get(s).add(i);
                near = Math.min(near, dist[0][s + 1] + dist[s + 1][0]);
            }
            riderRemoteness[i] = near;
        }
        mustDemand = new int[stopCount];
        for (int i = 0; i < riderCount; i++) {
            if (riderStops[i].length == 1) {
                mustDemand[riderStops[i][0]] += demand[i];
            }
        }
        stopRiders = new int[stopCount][];
        for (int s = 0; s < stopCount; s++) {
            stopRiders[s] = byStop.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        neighbours = new int[stopCount][];
        for (int s = 0; s < stopCount; s++) {
            final int from = s;
            neighbours[s] = IntStream.range(0, stopCount).filter(t -> t != from).boxed()
                    .sorted(Comparator.comparingDouble(t -> dist[from + 1][t + 1] + dist[t + 1][from + 1]))
                    .mapToInt(Integer::intValue).toArray();
        }
        List<Vehicle> vehicles = problem.vehicles();
        capacity = vehicles.stream().mapToInt(Vehicle::capacity).toArray();
        wheelchairPlaces = vehicles.stream().mapToInt(Vehicle::wheelchairPlaces).toArray();
        boosterSeats = vehicles.stream().mapToInt(Vehicle::boosterSeats).toArray();
        needsMatter = Arrays.stream(wheelchair).sum() + Arrays.stream(booster).sum() > 0;
        vehiclesByCapacity = IntStream.range(0, capacity.length).boxed()
                .sorted(Comparator.comparingInt((Integer v) -> -capacity[v]))
                .mapToInt(Integer::intValue).toArray();
        vehicleCost = problem.objective().vehicleCost();
        // An unserved seat must always cost more than any detour that could serve it.
        unservedCost = 4 * longest * (stopCount + 2) + 2 * vehicleCost + 1;
        time = new TimeModel(problem, point, riderStops);
    }

    int maxRoutes() {
        return Math.min(capacity.length, Math.max(1, stopCount));
    }
}
