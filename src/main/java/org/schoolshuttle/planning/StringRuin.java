package org.schoolshuttle.planning;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Ruin step of SISR (Christiaens and Vanden Berghe, Transportation Science 54 (2020)): removes strings of
 * consecutive stops from routes near a random seed stop, so the recreate step can rebuild that region. Riders
 * left without a visited stop on their route become unassigned.
 */
final class StringRuin {

    private final double averageRemoved;
    private final int maxString;

    StringRuin(double averageRemoved, int maxString) {
        this.averageRemoved = averageRemoved;
        this.maxString = maxString;
    }

    void ruin(Solution s, SplittableRandom rnd, List<Integer> unassigned) {
        int visited = 0;
        for (int r = 0; r < s.routes; r++) {
            visited += s.len[r];
        }
        if (visited == 0) {
            return;
        }
        double lsMax = Math.min(maxString, visited / (double) s.routes);
        double ksMax = 4 * averageRemoved / (1 + lsMax) - 1;
        int strings = (int) (rnd.nextDouble() * ksMax) + 1;
        int seedRoute;
        do {
            seedRoute = rnd.nextInt(s.routes);
        } while (s.len[seedRoute] == 0);
        int seed = s.seq[seedRoute][rnd.nextInt(s.len[seedRoute])];
        boolean[] ruined = new boolean[s.routes];
        int[] around = s.m.neighbours[seed];
        for (int k = -1; k < around.length && strings > 0; k++) {
            int stop = k < 0 ? seed : around[k];
            int r = s.stopRoute[stop];
            if (r < 0 || ruined[r]) {
                continue;
            }
            ruined[r] = true;
            strings--;
            removeString(s, r, stop, lsMax, rnd, unassigned);
        }
    }

    private static void removeString(Solution s, int r, int stop, double lsMax, SplittableRandom rnd,
            List<Integer> unassigned) {
        int routeLen = s.len[r];
        int l = (int) (rnd.nextDouble() * Math.min(routeLen, lsMax)) + 1;
        boolean split = l < routeLen && rnd.nextBoolean();
        int kept = split ? 1 + rnd.nextInt(routeLen - l) : 0;
        int span = l + kept;
        int pos = s.positionOf(r, stop);
        int start = Math.max(0, Math.min(routeLen - span, pos - rnd.nextInt(span)));
        int keepFrom = split ? start + rnd.nextInt(l + 1) : Integer.MAX_VALUE;
        int removed = 0;
        for (int i = 0, at = start; i < span; i++) {
            boolean keep = i >= keepFrom - start && i < keepFrom - start + kept;
            if (keep) {
                at++;
            } else {
                s.removeStopAt(r, at, unassigned, s.m.time.boardingMatters);
                removed++;
            }
        }
        assert removed == l;
    }
}
