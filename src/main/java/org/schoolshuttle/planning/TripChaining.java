package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts trips of different schools (or bell times) one after another on the same vehicle, using as few vehicles
 * as possible: a vehicle that has dropped its children at one school drives on to the first stop of a trip for
 * a later bell. With each trip's times fixed, "may follow" is a partial order and the fewest vehicles is the
 * smallest path cover of that order: trips minus a maximum matching (Hopcroft–Karp).
 */
public final class TripChaining {

    /**
     * A trip: it must reach its first point at {@code start} and is finished at {@code end} at {@code lastPoint}
     * (seconds from midnight; points index {@code travelSeconds}).
     */
    public record Trip(int firstPoint, int lastPoint, double start, double end) {
    }

    /** Driving seconds between two points. */
    @FunctionalInterface
    public interface TravelSeconds {
        double between(int from, int to);
    }

    private TripChaining() {
    }

    /** Vehicles' work: each inner list holds trip indices in driving order; every trip appears exactly once. */
    public static List<List<Integer>> chain(List<Trip> trips, TravelSeconds travel) {
        int n = trips.size();
        List<List<Integer>> follows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> next = new ArrayList<>();
            Trip a = trips.get(i);
            for (int j = 0; j < n; j++) {
                Trip b = trips.get(j);
                if (i != j && a.end() + travel.between(a.lastPoint(), b.firstPoint()) <= b.start()) {
                    next.add(j);
                }
            }
            follows.add(next);
        }
        int[] nextOf = maximumMatching(n, follows);
        boolean[] hasPrevious = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (nextOf[i] >= 0) {
                hasPrevious[nextOf[i]] = true;
            }
        }
        List<List<Integer>> chains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!hasPrevious[i]) {
                List<Integer> chain = new ArrayList<>();
                for (int t = i; t >= 0; t = nextOf[t]) {
                    chain.add(t);
                }
                chains.add(chain);
            }
        }
        return chains;
    }

    /** Hopcroft–Karp on left = trips, right = trips; returns for each trip the trip it hands over to, or -1. */
    private static int[] maximumMatching(int n, List<List<Integer>> follows) {
        int[] right = new int[n];
        int[] left = new int[n];
        Arrays.fill(right, -1);
        Arrays.fill(left, -1);
        int[] dist = new int[n];
        while (layers(n, follows, left, right, dist)) {
            for (int u = 0; u < n; u++) {
                if (left[u] < 0) {
                    augment(u, follows, left, right, dist);
                }
            }
        }
        return left;
    }

    private static boolean layers(int n, List<List<Integer>> follows, int[] left, int[] right, int[] dist) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int u = 0; u < n; u++) {
            if (left[u] < 0) {
                dist[u] = 0;
                queue[tail++] = u;
            } else {
                dist[u] = Integer.MAX_VALUE;
            }
        }
        boolean found = false;
        while (head < tail) {
            int u = queue[head++];
            for (int v : follows.get(u)) {
                int w = right[v];
                if (w < 0) {
                    found = true;
                } else if (dist[w] == Integer.MAX_VALUE) {
                    dist[w] = dist[u] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return found;
    }

    private static boolean augment(int u, List<List<Integer>> follows, int[] left, int[] right, int[] dist) {
        for (int v : follows.get(u)) {
            int w = right[v];
            if (w < 0 || (dist[w] == dist[u] + 1 && augment(w, follows, left, right, dist))) {
                left[u] = v;
                right[v] = u;
                return true;
            }
        }
        dist[u] = Integer.MAX_VALUE;
        return false;
    }
}
