package org.schoolshuttle.planning;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Recreate step: serves unassigned riders one by one, in a random one of SISR's orders. A rider boards a route
 * that already visits one of its stops and has a free seat; else takes the seat of a rider who can move to
 * another route that visits one of that rider's stops; else its cheapest stop is inserted at the cheapest
 * position of a route with room (each position skipped with a small "blink" probability), or a new route opens.
 */
final class GreedyRecreate {

    private final double blink;

    GreedyRecreate(double blink) {
        this.blink = blink;
    }

    void recreate(Solution s, List<Integer> riders, SplittableRandom rnd) {
        recreate(s, riders, rnd, true);
    }

    /** As {@link #recreate(Solution, List, SplittableRandom)}; without {@code mayOpen} no new route is started. */
    void recreate(Solution s, List<Integer> riders, SplittableRandom rnd, boolean mayOpen) {
        sort(s.m, riders, rnd);
        recreateInOrder(s, riders, rnd, mayOpen);
    }

    /** Serves the riders in the order given. */
    void recreateInOrder(Solution s, List<Integer> riders, SplittableRandom rnd, boolean mayOpen) {
        for (int i : riders) {
            if (s.riderRoute[i] >= 0 || boardCovered(s, i) || takeSeatByMoving(s, i)) {
                continue;
            }
            insertCheapest(s, i, rnd, mayOpen);
        }
    }

    private static void sort(SearchModel m, List<Integer> riders, SplittableRandom rnd) {
        int pick = rnd.nextInt(11);
        if (pick < 4) {
            for (int k = riders.size() - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                riders.set(k, riders.set(j, riders.get(k)));
            }
        } else if (pick < 8) {
            riders.sort(Comparator.comparingInt((Integer i) -> -m.demand[i]));
        } else if (pick < 10) {
            riders.sort(Comparator.comparingDouble((Integer i) -> -m.riderRemoteness[i]));
        } else {
            riders.sort(Comparator.comparingDouble((Integer i) -> m.riderRemoteness[i]));
        }
    }

    private static boolean boardCovered(Solution s, int i) {
        int need = s.m.demand[i];
        boolean timed = s.m.time.boardingMatters;
        for (int stop : s.m.riderStops[i]) {
            int r = s.stopRoute[stop];
            // Extra dwell here delays every later stop: riders boarded earlier on this route ride longer.
            if (r >= 0 && s.spare(r) >= need && s.needsFit(r, i)
                    && (!timed || s.schedule.load(s, r).board(i).feasible())) {
                s.assign(i, r);
                return true;
            }
        }
        return false;
    }

    /**
     * Ejection chain (augmenting path, breadth first): riders on full routes that visit one of i's stops move,
     * each to another route that visits one of their own stops, until a route with a free seat absorbs the last.
     * Only for single-seat riders; capacity is never exceeded along the way.
     */
    private static boolean takeSeatByMoving(Solution s, int i) {
        SearchModel m = s.m;
        if (m.demand[i] != 1 || hasNeeds(m, i)) {
            return false;
        }
        int[] parentRoute = new int[s.routes];
        int[] movedRider = new int[s.routes];
        java.util.Arrays.fill(parentRoute, -2);
        int[] queue = new int[s.routes];
        int head = 0;
        int tail = 0;
        for (int stop : m.riderStops[i]) {
            int r = s.stopRoute[stop];
            if (r >= 0 && parentRoute[r] == -2) {
                parentRoute[r] = -1;
                queue[tail++] = r;
            }
        }
        while (head < tail) {
            int r = queue[head++];
            for (int p = 0; p < s.len[r]; p++) {
                for (int t : m.stopRiders[s.seq[r][p]]) {
                    if (s.riderRoute[t] != r || m.demand[t] != 1 || hasNeeds(m, t)) {
                        continue;
                    }
                    for (int q : m.riderStops[t]) {
                        int r2 = s.stopRoute[q];
                        if (r2 < 0 || parentRoute[r2] != -2) {
                            continue;
                        }
                        parentRoute[r2] = r;
                        movedRider[r2] = t;
                        if (s.spare(r2) >= 1) {
                            return augment(s, r2, parentRoute, movedRider, i);
                        }
                        queue[tail++] = r2;
                    }
                }
            }
        }
        return false;
    }

    /** Applies the chain; when it breaks a route's times, undoes it and reports failure. */
    private static boolean augment(Solution s, int end, int[] parentRoute, int[] movedRider, int rider) {
        int r = end;
        while (parentRoute[r] >= 0) {
            int t = movedRider[r];
            s.unassign(t);
            s.assign(t, r);
            r = parentRoute[r];
        }
        s.assign(rider, r);
        if (!s.m.time.boardingMatters || chainHolds(s, end, parentRoute)) {
            return true;
        }
        s.unassign(rider);
        for (int q = end; parentRoute[q] >= 0; q = parentRoute[q]) {
            int t = movedRider[q];
            s.unassign(t);
            s.assign(t, parentRoute[q]);
        }
        return false;
    }

    private static boolean chainHolds(Solution s, int end, int[] parentRoute) {
        for (int q = end; q >= 0; q = parentRoute[q]) {
            if (!s.schedule.load(s, q).feasible()) {
                return false;
            }
        }
        return true;
    }

    private void insertCheapest(Solution s, int i, SplittableRandom rnd, boolean mayOpen) {
        SearchModel m = s.m;
        double best = Double.MAX_VALUE;
        int bestRoute = -2;
        int bestPos = 0;
        int bestStop = -1;
        for (int stop : m.riderStops[i]) {
            if (s.stopRoute[stop] >= 0) {
                continue;
            }
            // Riders who can board only here all ride the vehicle that first visits this stop.
            int need = seatsFor(m, i, stop);
            for (int r = 0; r < s.routes; r++) {
                if (s.spare(r) < need || !s.needsFit(r, i)) {
                    continue;
                }
                double extra = s.len[r] == 0 ? m.vehicleCost : 0;
                for (int pos = 0; pos <= s.len[r]; pos++) {
                    if (rnd.nextDouble() < blink) {
                        continue;
                    }
                    double delta = s.insertionDelta(r, pos, stop) + extra;
                    if (delta < best && timesHold(s, i, r, pos, stop)) {
                        best = delta;
                        bestRoute = r;
                        bestPos = pos;
                        bestStop = stop;
                    }
                }
            }
            double fresh = m.dist[0][stop + 1] + m.dist[stop + 1][0] + m.vehicleCost;
            if (mayOpen && fresh < best && canOpen(s, need, i) && timesHold(s, i, -1, 0, stop)) {
                best = fresh;
                bestRoute = -1;
                bestPos = 0;
                bestStop = stop;
            }
        }
        if (bestStop < 0) {
            return;
        }
        int r = bestRoute >= 0 ? bestRoute : s.openRoute(seatsFor(m, i, bestStop), i);
        s.insertStop(r, bestPos, bestStop);
        s.assign(i, r);
        // Seat at once everyone who can board only here, before other riders take the seats kept for them.
        for (int t : m.stopRiders[bestStop]) {
            if (s.riderRoute[t] < 0 && m.riderStops[t].length == 1 && s.needsFit(r, t)) {
                s.assign(t, r);
            }
        }
    }

    /**
     * Whether route r (-1: a new route) meets its times with {@code stop} inserted at {@code pos} and i plus the
     * riders who can board only there boarding at it: the O(1) window check first, the full one where it is not
     * exact (dwell per rider, ride limits).
     */
    private static boolean timesHold(Solution s, int i, int r, int pos, int stop) {
        if (s.times == null) {
            return true;
        }
        TimeModel tm = s.m.time;
        int boarders = tm.mustRiders[stop] + (s.m.riderStops[i].length == 1 ? 0 : 1);
        if (!s.times.fits(s, r, pos, stop, boarders)) {
            return false;
        }
        return !tm.boardingMatters
                || s.schedule.load(s, r).insert(pos, stop).board(i).boardMustRiders(stop, i).feasible();
    }

    /** Seats a route needs to take {@code stop} for rider i: i plus everyone who can board only there. */
    private static int seatsFor(SearchModel m, int i, int stop) {
        return m.mustDemand[stop] + (m.riderStops[i].length == 1 ? 0 : m.demand[i]);
    }

    /** Whether rider i needs a wheelchair place or booster seat; such riders are never moved to make room. */
    private static boolean hasNeeds(SearchModel m, int i) {
        return m.needsMatter && (m.wheelchair[i] > 0 || m.booster[i] > 0);
    }

    private static boolean canOpen(Solution s, int seats, int rider) {
        if (s.routes == s.seq.length) {
            return false;
        }
        for (int v = 0; v < s.vehicleUsed.length; v++) {
            if (!s.vehicleUsed[v] && s.m.capacity[v] >= seats && s.takesNeeds(v, rider)) {
                return true;
            }
        }
        return false;
    }
}
