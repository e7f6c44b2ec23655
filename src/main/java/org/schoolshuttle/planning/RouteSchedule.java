package org.schoolshuttle.planning;

import java.util.Arrays;

/**
 * Full time check of one route, possibly with a change applied (a stop inserted or removed, riders added): who
 * boards where, the dwell per stop, earliest and latest service start per stop, and each rider's time on board.
 * A rider boards at the last stop of the route among their stops (the shortest ride). The schedule driven is the
 * latest one: service at the first stop starts as late as every later window and the depot arrival allow, then
 * the vehicle drives on without waiting except where a window forces it, so riders spend as little time on board
 * as that order of stops allows. Scratch arrays, one instance per search thread.
 */
final class RouteSchedule {

    private final SearchModel m;
    private final TimeModel tm;
    private final int[] seq;
    private final int[] posOf;
    private final int[] boarders;
    private final double[] limit;
    private final int[] extra;
    final double[] earliest;
    final double[] latest;
    final double[] dwell;
    private final double[] leave;
    private Solution s;
    private int route;
    int len;
    private int extras;

    RouteSchedule(SearchModel m) {
        this.m = m;
        this.tm = m.time;
        seq = new int[m.stopCount + 1];
        posOf = new int[m.stopCount];
        Arrays.fill(posOf, -1);
        boarders = new int[m.stopCount + 1];
        limit = new double[m.stopCount + 1];
        extra = new int[m.riderCount];
        earliest = new double[m.stopCount + 1];
        latest = new double[m.stopCount + 1];
        dwell = new double[m.stopCount + 1];
        leave = new double[m.stopCount + 1];
    }

    /** Starts from route r of s as it is; r = -1 for a new, empty route. */
    RouteSchedule load(Solution s, int r) {
        this.s = s;
        route = r;
        len = r < 0 ? 0 : s.len[r];
        if (len > 0) {
            System.arraycopy(s.seq[r], 0, seq, 0, len);
        }
        extras = 0;
        return this;
    }

    RouteSchedule insert(int pos, int stop) {
        System.arraycopy(seq, pos, seq, pos + 1, len - pos);
        seq[pos] = stop;
        len++;
        return this;
    }

    RouteSchedule remove(int pos) {
        System.arraycopy(seq, pos + 1, seq, pos, len - pos - 1);
        len--;
        return this;
    }

    /** Rider i (not on this route yet) boards too. */
    RouteSchedule board(int i) {
        extra[extras++] = i;
        return this;
    }

    /** Every unassigned rider who can board only at {@code stop} boards there too (they ride whoever visits it). */
    RouteSchedule boardMustRiders(int stop, int except) {
        for (int t : m.stopRiders[stop]) {
            if (t != except && s.riderRoute[t] < 0 && m.riderStops[t].length == 1) {
                board(t);
            }
        }
        return this;
    }

    /** Whether the route with the changes applied meets every window, the depot times and every ride limit. */
    boolean feasible() {
        placeRiders();
        if (!windowsHold()) {
            return false;
        }
        return ridesHold();
    }

    /** Fills dwell, earliest and latest service start per position; false when some window cannot hold. */
    boolean timesHold() {
        placeRiders();
        return windowsHold();
    }

    private boolean windowsHold() {
        double[][] t = tm.time;
        int prev = 0;
        double ready = tm.departure;
        for (int p = 0; p < len; p++) {
            int stop = seq[p];
            dwell[p] = tm.dwell(stop, boarders[p]);
            earliest[p] = Math.max(tm.early[stop], ready + t[prev][stop + 1]);
            ready = earliest[p] + dwell[p];
            prev = stop + 1;
        }
        int next = 0;
        double due = tm.arriveLatest;
        boolean ok = true;
        for (int p = len - 1; p >= 0; p--) {
            int stop = seq[p];
            latest[p] = Math.min(tm.late[stop], due - t[stop + 1][next] - dwell[p]);
            ok &= earliest[p] <= latest[p] + TimeModel.EPS;
            due = latest[p];
            next = stop + 1;
        }
        return ok;
    }

    private void placeRiders() {
        for (int p = 0; p < len; p++) {
            posOf[seq[p]] = p;
            boarders[p] = 0;
            limit[p] = Double.POSITIVE_INFINITY;
        }
        if (route >= 0) {
            for (int p = 0; p < len; p++) {
                for (int t : m.stopRiders[seq[p]]) {
                    if (s.riderRoute[t] == route && boardingPos(t) == p) {
                        seat(t, p);
                    }
                }
            }
        }
        for (int k = 0; k < extras; k++) {
            int p = boardingPos(extra[k]);
            if (p >= 0) {
                seat(extra[k], p);
            }
        }
        for (int p = 0; p < len; p++) {
            posOf[seq[p]] = -1;
        }
    }

    private void seat(int rider, int p) {
        boarders[p]++;
        limit[p] = Math.min(limit[p], tm.rideLimit[rider]);
    }

    private int boardingPos(int rider) {
        int best = -1;
        for (int stop : m.riderStops[rider]) {
            best = Math.max(best, posOf[stop]);
        }
        return best;
    }

    /** Drives the latest schedule and compares each boarding stop's ride to the tightest limit of its riders. */
    private boolean ridesHold() {
        boolean limited = false;
        for (int p = 0; p < len; p++) {
            limited |= limit[p] < Double.POSITIVE_INFINITY;
        }
        if (!limited || len == 0) {
            return true;
        }
        double[][] t = tm.time;
        double[] leave = this.leave;
        // Without a bound on the arrival nothing pins the schedule: the earliest start is as good as any.
        double start = Double.isFinite(latest[0]) ? latest[0] : earliest[0];
        for (int p = 0; p < len; p++) {
            if (p > 0) {
                start = Math.max(tm.early[seq[p]], leave[p - 1] + t[seq[p - 1] + 1][seq[p] + 1]);
            }
            leave[p] = start + dwell[p];
        }
        // Arriving before the window opens means waiting outside the school with everyone on board.
        double arrival = Math.max(tm.arriveEarliest, leave[len - 1] + t[seq[len - 1] + 1][0]);
        for (int p = 0; p < len; p++) {
            if (arrival - leave[p] > limit[p] + TimeModel.EPS) {
                return false;
            }
        }
        return true;
    }
}
