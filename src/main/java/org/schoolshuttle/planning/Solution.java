package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable working solution of the search: routes of stops, the route each rider rides on and, per rider, how
 * many of its stops that route visits ({@code cover}). A rider may board at any of its stops the route visits,
 * so capacity is checked per route. Costs are kept up to date by every operation.
 */
final class Solution {

    final SearchModel m;
    final int[][] seq;
    final int[] len;
    final int[] vehicle;
    final int[] load;
    final int[] wheelchairs;
    final int[] boosters;
    final double[] length;
    int routes;
    final int[] stopRoute;
    final int[] riderRoute;
    final int[] cover;
    final boolean[] vehicleUsed;
    int unservedDemand;
    /** Cumulative route times and a scratch schedule for what-if checks; null when the problem has no times. */
    final RouteTimes times;
    final RouteSchedule schedule;

    Solution(SearchModel m) {
        this.m = m;
        int maxRoutes = m.maxRoutes();
        seq = new int[maxRoutes][m.stopCount];
        len = new int[maxRoutes];
        vehicle = new int[maxRoutes];
        load = new int[maxRoutes];
        wheelchairs = new int[maxRoutes];
        boosters = new int[maxRoutes];
        length = new double[maxRoutes];
        stopRoute = new int[m.stopCount];
        riderRoute = new int[m.riderCount];
        cover = new int[m.riderCount];
        vehicleUsed = new boolean[m.capacity.length];
        Arrays.fill(stopRoute, -1);
        Arrays.fill(riderRoute, -1);
        times = m.time.active ? new RouteTimes(m, maxRoutes) : null;
        schedule = m.time.active ? new RouteSchedule(m) : null;
        for (int d : m.demand) {
            unservedDemand += d;
        }
    }

    void copyFrom(Solution o) {
        routes = o.routes;
        for (int r = 0; r < routes; r++) {
            System.arraycopy(o.seq[r], 0, seq[r], 0, o.len[r]);
        }
        System.arraycopy(o.len, 0, len, 0, routes);
        System.arraycopy(o.vehicle, 0, vehicle, 0, routes);
        System.arraycopy(o.load, 0, load, 0, routes);
        System.arraycopy(o.wheelchairs, 0, wheelchairs, 0, routes);
        System.arraycopy(o.boosters, 0, boosters, 0, routes);
        System.arraycopy(o.length, 0, length, 0, routes);
        System.arraycopy(o.stopRoute, 0, stopRoute, 0, stopRoute.length);
        System.arraycopy(o.riderRoute, 0, riderRoute, 0, riderRoute.length);
        System.arraycopy(o.cover, 0, cover, 0, cover.length);
        System.arraycopy(o.vehicleUsed, 0, vehicleUsed, 0, vehicleUsed.length);
        unservedDemand = o.unservedDemand;
        if (times != null) {
            times.allChanged();
        }
    }

    void changed(int r) {
        if (times != null) {
            times.changed(r);
        }
    }

    /** Whether every route meets its windows, depot times and ride limits (always true without times). */
    boolean timesHold() {
        for (int r = 0; r < routes && schedule != null; r++) {
            if (len[r] > 0 && !schedule.load(this, r).feasible()) {
                return false;
            }
        }
        return true;
    }

    double cost() {
        double c = unservedDemand * m.unservedCost + routes * m.vehicleCost;
        for (int r = 0; r < routes; r++) {
            c += length[r];
        }
        return c;
    }

    double distance() {
        double c = 0;
        for (int r = 0; r < routes; r++) {
            c += length[r];
        }
        return c;
    }

    int capacity(int r) {
        return m.capacity[vehicle[r]];
    }

    int spare(int r) {
        return capacity(r) - load[r];
    }

    /** Whether route r has a seat, and the wheelchair place or booster seat rider i needs, free for them. */
    boolean fits(int r, int rider) {
        return spare(r) >= m.demand[rider] && needsFit(r, rider);
    }

    /** Whether route r's vehicle has the special place rider i needs free (seats aside). */
    boolean needsFit(int r, int rider) {
        return !m.needsMatter || (wheelchairs[r] + m.wheelchair[rider] <= m.wheelchairPlaces[vehicle[r]]
                && boosters[r] + m.booster[rider] <= m.boosterSeats[vehicle[r]]);
    }

    /** Node (0 = depot) before position {@code pos} of route r. */
    int nodeBefore(int r, int pos) {
        return pos == 0 ? 0 : seq[r][pos - 1] + 1;
    }

    int nodeAt(int r, int pos) {
        return pos == len[r] ? 0 : seq[r][pos] + 1;
    }

    double insertionDelta(int r, int pos, int stop) {
        int a = nodeBefore(r, pos);
        int b = nodeAt(r, pos);
        double[][] d = m.dist;
        return d[a][stop + 1] + d[stop + 1][b] - d[a][b];
    }

    /** Opens a route on the largest free vehicle that seats {@code seats}; -1 when none is left. */
    int openRoute(int seats) {
        return openRoute(seats, -1);
    }

    /** As {@link #openRoute(int)}, on a vehicle with the special place rider i needs ({@code rider} -1: none). */
    int openRoute(int seats, int rider) {
        if (routes == seq.length) {
            return -1;
        }
        for (int v : m.vehiclesByCapacity) {
            if (!vehicleUsed[v] && m.capacity[v] >= seats && takesNeeds(v, rider)) {
                vehicleUsed[v] = true;
                int r = routes++;
                vehicle[r] = v;
                len[r] = 0;
                load[r] = 0;
                wheelchairs[r] = 0;
                boosters[r] = 0;
                length[r] = 0;
                changed(r);
                return r;
            }
        }
        return -1;
    }

    /** Whether vehicle v has any wheelchair place or booster seat rider i needs. */
    boolean takesNeeds(int v, int rider) {
        return rider < 0 || !m.needsMatter || (m.wheelchair[rider] <= m.wheelchairPlaces[v]
                && m.booster[rider] <= m.boosterSeats[v]);
    }

    void insertStop(int r, int pos, int stop) {
        length[r] += insertionDelta(r, pos, stop);
        System.arraycopy(seq[r], pos, seq[r], pos + 1, len[r] - pos);
        seq[r][pos] = stop;
        len[r]++;
        stopRoute[stop] = r;
        for (int t : m.stopRiders[stop]) {
            if (riderRoute[t] == r) {
                cover[t]++;
            }
        }
        changed(r);
    }

    /** Removes the stop at {@code pos}; riders left without a stop on the route are unassigned into {@code out}. */
    void removeStopAt(int r, int pos, List<Integer> out) {
        removeStopAt(r, pos, out, false);
    }

    /**
     * As {@link #removeStopAt(int, int, List)}; with {@code reseat}, every rider of the route who may board there is
     * unassigned, since boarding at another of their stops changes their ride and the dwell times.
     */
    void removeStopAt(int r, int pos, List<Integer> out, boolean reseat) {
        int stop = seq[r][pos];
        int a = nodeBefore(r, pos);
        int b = nodeAt(r, pos + 1);
        double[][] d = m.dist;
        length[r] += d[a][b] - d[a][stop + 1] - d[stop + 1][b];
        System.arraycopy(seq[r], pos + 1, seq[r], pos, len[r] - pos - 1);
        len[r]--;
        if (len[r] == 0) {
            length[r] = 0;
        }
        stopRoute[stop] = -1;
        for (int t : m.stopRiders[stop]) {
            if (riderRoute[t] == r && (--cover[t] == 0 || reseat)) {
                unassign(t);
                out.add(t);
            }
        }
        changed(r);
    }

    int positionOf(int r, int stop) {
        for (int p = 0; p < len[r]; p++) {
            if (seq[r][p] == stop) {
                return p;
            }
        }
        return -1;
    }

    int coverOn(int r, int rider) {
        int c = 0;
        for (int s : m.riderStops[rider]) {
            if (stopRoute[s] == r) {
                c++;
            }
        }
        return c;
    }

    void assign(int rider, int r) {
        riderRoute[rider] = r;
        load[r] += m.demand[rider];
        wheelchairs[r] += m.wheelchair[rider];
        boosters[r] += m.booster[rider];
        cover[rider] = coverOn(r, rider);
        unservedDemand -= m.demand[rider];
        changed(r);
    }

    void unassign(int rider) {
        changed(riderRoute[rider]);
        load[riderRoute[rider]] -= m.demand[rider];
        wheelchairs[riderRoute[rider]] -= m.wheelchair[rider];
        boosters[riderRoute[rider]] -= m.booster[rider];
        riderRoute[rider] = -1;
        cover[rider] = 0;
        unservedDemand += m.demand[rider];
    }

    /** Drops routes without stops, renumbering the others. */
    void compact() {
        int[] newIndex = new int[routes];
        int kept = 0;
        for (int r = 0; r < routes; r++) {
            if (len[r] == 0) {
                vehicleUsed[vehicle[r]] = false;
                newIndex[r] = -1;
                continue;
            }
            newIndex[r] = kept;
            if (kept != r) {
                int[] tmp = seq[kept];
                seq[kept] = seq[r];
                seq[r] = tmp;
                len[kept] = len[r];
                vehicle[kept] = vehicle[r];
                load[kept] = load[r];
                wheelchairs[kept] = wheelchairs[r];
                boosters[kept] = boosters[r];
                length[kept] = length[r];
            }
            kept++;
        }
        if (kept == routes) {
            return;
        }
        if (times != null) {
            times.allChanged();
        }
        routes = kept;
        for (int s = 0; s < stopRoute.length; s++) {
            if (stopRoute[s] >= 0) {
                stopRoute[s] = newIndex[stopRoute[s]];
            }
        }
        for (int i = 0; i < riderRoute.length; i++) {
            if (riderRoute[i] >= 0) {
                riderRoute[i] = newIndex[riderRoute[i]];
            }
        }
    }

    void recomputeLength(int r) {
        double c = 0;
        int prev = 0;
        for (int p = 0; p < len[r]; p++) {
            c += m.dist[prev][seq[r][p] + 1];
            prev = seq[r][p] + 1;
        }
        length[r] = len[r] == 0 ? 0 : c + m.dist[prev][0];
    }

    Plan toPlan() {
        List<PlannedRoute> planned = new ArrayList<>();
        for (int r = 0; r < routes; r++) {
            recomputeLength(r);
            planned.add(new PlannedRoute(vehicle[r], Arrays.copyOf(seq[r], len[r]), load[r], length[r]));
        }
        int[] riderStop = new int[riderRoute.length];
        List<Integer> unserved = new ArrayList<>();
        for (int i = 0; i < riderRoute.length; i++) {
            riderStop[i] = -1;
            if (riderRoute[i] < 0) {
                unserved.add(i);
                continue;
            }
            // The last of the rider's stops the route visits: the shortest ride, as the time checks assume.
            int latest = -1;
            for (int s : m.riderStops[i]) {
                int p = stopRoute[s] == riderRoute[i] ? positionOf(riderRoute[i], s) : -1;
                if (p > latest) {
                    latest = p;
                    riderStop[i] = s;
                }
            }
        }
        return new Plan(planned, riderStop, distance(), unserved);
    }
}
