package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts trips of different schools (or bell times) one after another on the same vehicle, using as few vehicles
 * as possible: a vehicle that has dropped its children at one school drives on to the first stop of a trip for
 * a later bell. With each trip's times fixed, "may follow" is a partial order and the fewest vehicles is the
 * smallest path cover of that order: trips minus a maximum matching (Hopcroft–Karp). A trip that may run later
 * (its school's arrival window) has {@code slack}: pairs are matched as if each could take all of it, then each
 * chain is timed from its first trip on, every trip as early as the one before allows, and split where a trip
 * would have to run later than its slack.
 */
public final class TripChaining {

    /**
     * A trip: it reaches its first point at {@code start} and is finished at {@code end} at {@code lastPoint}
     * (seconds from midnight), or up to {@code slack} seconds later.
     */
    public record Trip(int firstPoint, int lastPoint, double start, double end, double slack) {
    }

    /** The vehicles' work (trip indices in driving order) and how much later than its earliest each trip runs. */
    public record Chains(List<List<Integer>> vehicles, double[] delay) {
    }

    /** Driving seconds between two points. */
    @FunctionalInterface
    public interface TravelSeconds {
        double between(int from, int to);
    }

    private TripChaining() {
    }

    /** Every trip on exactly one vehicle, as few vehicles as the matching finds. */
    public static Chains chain(List<Trip> trips, TravelSeconds travel) {
        int n = trips.size();
        List<List<Integer>> follows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> next = new ArrayList<>();
            Trip a = trips.get(i);
            for (int j = 0; j < n; j++) {
                Trip b = trips.get(j);
                // Ordered by earliest start, so that slack can never let two trips each follow the other.
                boolean before = a.start() < b.start() || (a.start() == b.start() && i < j);
                if (i != j && before && a.end() + travel.between(a.lastPoint(), b.firstPoint()) <= b.start() + b.slack()) {
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
        double[] delay = new double[n];
        for (int i = 0; i < n; i++) {
            if (hasPrevious[i]) {
                continue;
            }
            List<Integer> chain = new ArrayList<>(List.of(i));
            for (int t = nextOf[i]; t >= 0; t = nextOf[t]) {
                int before = chain.get(chain.size() - 1);
                Trip a = trips.get(before);
                Trip b = trips.get(t);
                double late = a.end() + delay[before] + travel.between(a.lastPoint(), b.firstPoint()) - b.start();
                if (late > b.slack()) {
                    chains.add(chain);
                    chain = new ArrayList<>();
                    delay[t] = 0;
                } else {
                    delay[t] = Math.max(0, late);
                }
                chain.add(t);
            }
            chains.add(chain);
        }
        return new Chains(chains, delay);
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
