package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops visited stops that no rider needs: every rider of that route who may use it has another stop on it. With
 * dwell per rider or ride limits, only where the route's times still hold (those riders then board elsewhere).
 */
final class RedundantStops {

    private final List<Integer> none = new ArrayList<>();

    void drop(Solution s) {
        for (int r = 0; r < s.routes; r++) {
            for (int pos = s.len[r] - 1; pos >= 0; pos--) {
                if (removable(s, r, s.seq[r][pos])
                        && (!s.m.time.boardingMatters || s.schedule.load(s, r).remove(pos).feasible())) {
                    s.removeStopAt(r, pos, none);
                }
            }
        }
    }

    private static boolean removable(Solution s, int r, int stop) {
        for (int t : s.m.stopRiders[stop]) {
            if (s.riderRoute[t] == r && s.cover[t] < 2) {
                return false;
            }
        }
        return true;
    }
}
