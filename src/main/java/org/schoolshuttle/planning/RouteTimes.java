package org.schoolshuttle.planning;

/**
 * Per-route cumulative times of a {@link Solution}: dwell, earliest and latest service start at each position,
 * refreshed lazily after a route changes. They make the window check of a stop insertion O(1): the new stop fits
 * when its earliest start (from the stop before) is not after its latest start (from the stop after).
 */
final class RouteTimes {

    private final SearchModel m;
    private final TimeModel tm;
    private final RouteSchedule schedule;
    private final double[][] earliest;
    private final double[][] latest;
    private final double[][] dwell;
    private final boolean[] fresh;

    RouteTimes(SearchModel m, int maxRoutes) {
        this.m = m;
        this.tm = m.time;
        schedule = new RouteSchedule(m);
        earliest = new double[maxRoutes][m.stopCount];
        latest = new double[maxRoutes][m.stopCount];
        dwell = new double[maxRoutes][m.stopCount];
        fresh = new boolean[maxRoutes];
    }

    void changed(int r) {
        fresh[r] = false;
    }

    void allChanged() {
        java.util.Arrays.fill(fresh, false);
    }

    private void refresh(Solution s, int r) {
        if (fresh[r]) {
            return;
        }
        schedule.load(s, r).timesHold();
        int n = s.len[r];
        System.arraycopy(schedule.earliest, 0, earliest[r], 0, n);
        System.arraycopy(schedule.latest, 0, latest[r], 0, n);
        System.arraycopy(schedule.dwell, 0, dwell[r], 0, n);
        fresh[r] = true;
    }

    /**
     * Whether {@code stop}, with {@code boarders} riders boarding there, fits the windows at {@code pos} of route r
     * (r = -1: alone on a new route). Exact for windows and depot times; ride limits need {@link RouteSchedule}.
     */
    boolean fits(Solution s, int r, int pos, int stop, int boarders) {
        double[][] t = tm.time;
        int before = 0;
        int after = 0;
        double ready = tm.departure;
        double due = tm.arriveLatest;
        if (r >= 0) {
            refresh(s, r);
            before = s.nodeBefore(r, pos);
            after = s.nodeAt(r, pos);
            if (pos > 0) {
                ready = earliest[r][pos - 1] + dwell[r][pos - 1];
            }
            if (pos < s.len[r]) {
                due = latest[r][pos];
            }
        }
        double start = Math.max(tm.early[stop], ready + t[before][stop + 1]);
        double last = Math.min(tm.late[stop], due - t[stop + 1][after] - tm.dwell(stop, boarders));
        return start <= last + TimeModel.EPS;
    }
}
