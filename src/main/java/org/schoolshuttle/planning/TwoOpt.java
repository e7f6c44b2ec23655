package org.schoolshuttle.planning;

/**
 * Intra-route 2-opt to a local optimum; reverses segments only where the matrix makes that cheaper and, when the
 * problem has times, the reversed route still meets them.
 */
final class TwoOpt {

    private TwoOpt() {
    }

    static void improve(Solution s) {
        for (int r = 0; r < s.routes; r++) {
            improveRoute(s, r);
        }
    }

    private static void improveRoute(Solution s, int r) {
        int n = s.len[r];
        int[] seq = s.seq[r];
        double before = routeLength(s, seq, n);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    reverse(seq, i, j);
                    if (routeLength(s, seq, n) < before - 1e-9
                            && (s.schedule == null || s.schedule.load(s, r).feasible())) {
                        before = routeLength(s, seq, n);
                        improved = true;
                    } else {
                        reverse(seq, i, j);
                    }
                }
            }
        }
        s.recomputeLength(r);
        s.changed(r);
    }

    private static double routeLength(Solution s, int[] seq, int n) {
        double c = 0;
        int prev = 0;
        for (int p = 0; p < n; p++) {
            c += s.m.dist[prev][seq[p] + 1];
            prev = seq[p] + 1;
        }
        return c + s.m.dist[prev][0];
    }

    private static void reverse(int[] a, int i, int j) {
        while (i < j) {
            int t = a[i];
            a[i++] = a[j];
            a[j--] = t;
        }
    }
}
