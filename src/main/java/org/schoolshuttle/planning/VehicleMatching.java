package org.schoolshuttle.planning;

import java.util.Arrays;

/**
 * Gives each route a vehicle so that the total cost is least (the Hungarian method, O(routes² × vehicles)).
 * Routes are planned first as loops from school; which vehicle drives which is then a matching: the drive from
 * where each vehicle is kept to its route and back, and whether it has the seats, wheelchair places and booster
 * seats the route's children need.
 */
final class VehicleMatching {

    private VehicleMatching() {
    }

    /**
     * @param cost {@code cost[r][v]}, the cost of vehicle v driving route r; {@code Double.POSITIVE_INFINITY}
     *             where it cannot (it is then chosen only when no complete matching avoids it)
     * @return the vehicle of each route; routes must not outnumber vehicles
     */
    static int[] assign(double[][] cost) {
        int n = cost.length;
        if (n == 0) {
            return new int[0];
        }
        int m = cost[0].length;
        if (n > m) {
            throw new IllegalArgumentException(n + " routes for " + m + " vehicles");
        }
        double finiteMax = 0;
        for (double[] row : cost) {
            for (double c : row) {
                if (Double.isFinite(c)) {
                    finiteMax = Math.max(finiteMax, Math.abs(c));
                }
            }
        }
        // A forbidden pair costs more than every allowed pairing together, so it is used only when unavoidable.
        double forbidden = (finiteMax + 1) * (n + 1) * 4;
        double[] u = new double[n + 1];
        double[] w = new double[m + 1];
        int[] way = new int[m + 1];
        int[] routeOf = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            routeOf[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = routeOf[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double c = cost[i0 - 1][j - 1];
                    double cur = (Double.isFinite(c) ? c : forbidden) - u[i0] - w[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[routeOf[j]] += delta;
                        w[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (routeOf[j0] != 0);
            do {
                int j1 = way[j0];
                routeOf[j0] = routeOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] vehicle = new int[n];
        for (int j = 1; j <= m; j++) {
            if (routeOf[j] != 0) {
                vehicle[routeOf[j] - 1] = j - 1;
            }
        }
        return vehicle;
    }
}
