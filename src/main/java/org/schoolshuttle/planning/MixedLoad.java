package org.schoolshuttle.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Mixed load: children of several schools on one trip. A trip picks up at its stops, then drops at its schools in
 * turn, each school inside its own arrival window, every child's ride to their own school within its limit.
 * Starting from each school's own trips (as {@link Planner} builds them), trips are emptied one at a time by
 * moving each of their pickups to the trip, of any school, where it adds least driving and every time still
 * holds; a trip whose pickups cannot all move is left as it was (Park, Tae &amp; Kim 2012 improve a single-load
 * solution the same way). Fewer, fuller trips need fewer vehicles once trips are chained.
 *
 * <p>All times are whole seconds. A trip's schedule is fixed by its start, when the vehicle reaches the first
 * pickup: it drives on without waiting to the first school, and waits before a later school only if it would
 * arrive before that school's window opens (children of that school wait on board, which counts as ride).
 */
public final class MixedLoad {

    /** A school: its point, arrival window, and the time to let children off (fixed plus per child, rounded up). */
    public record School(int point, int early, int late, double unloadSeconds, double unloadSecondsPerChild) {

        int unload(int children) {
            return children == 0 ? 0 : (int) Math.ceil(unloadSeconds + unloadSecondsPerChild * children - 1e-9);
        }
    }

    /**
     * Children boarding together: their point, school (index into the schools), how many, the seconds the vehicle
     * stays there, and the longest ride from the vehicle's arrival there to its arrival at their school (0: none).
     */
    public record Pickup(int point, int school, int children, int serviceSeconds, int rideLimit) {
    }

    /** Driving seconds between two points. */
    @FunctionalInterface
    public interface Travel {
        int seconds(int from, int to);
    }

    /** A trip: pickups (indices) in visiting order, then schools (indices) in visiting order. */
    public record Trip(List<Integer> pickups, List<Integer> schools) {

        public Trip {
            pickups = List.copyOf(pickups);
            schools = List.copyOf(schools);
        }
    }

    /** The starts (arrival at the first pickup) at which a trip keeps every window and ride limit. */
    public record Starts(int earliest, int latest) {
    }

    private final List<School> schools;
    private final List<Pickup> pickups;
    private final Travel travel;
    private final int seats;
    private final int maxSchools;
    /** Where every trip must hold too (the afternoon, driven backwards), or null. */
    private MixedLoad partner;

    /** {@code seats} per vehicle; {@code maxSchools} a trip may drop at (1: no mixed load). */
    public MixedLoad(List<School> schools, List<Pickup> pickups, Travel travel, int seats, int maxSchools) {
        this.schools = List.copyOf(schools);
        this.pickups = List.copyOf(pickups);
        this.travel = travel;
        this.seats = seats;
        this.maxSchools = maxSchools;
    }

    /**
     * Every trip must also keep its times in {@code other}, a problem over the same pickups and schools (the
     * afternoon, time reversed: see {@link #reversed}). Returns this.
     */
    public MixedLoad alsoHolding(MixedLoad other) {
        this.partner = other;
        return this;
    }

    /**
     * The afternoon seen backwards: a trip that drops in the reverse of the morning order, after leaving its
     * schools in the reverse of their morning order, is the same trip driven back in time. Each school's children
     * leave it no earlier than {@code leave} and at most {@code wait} seconds later; the ride to a stop counts until
     * the vehicle leaves it. Times in the result are negated: {@link #afternoon} turns them back.
     */
    public MixedLoad reversed(int[] leave, int wait) {
        List<School> back = new ArrayList<>();
        for (int j = 0; j < schools.size(); j++) {
            School s = schools.get(j);
            back.add(new School(s.point(), -(leave[j] + wait), -leave[j], s.unloadSeconds(), s.unloadSecondsPerChild()));
        }
        return new MixedLoad(back, pickups, (a, b) -> travel.seconds(b, a), seats, maxSchools);
    }

    public List<School> schools() {
        return schools;
    }

    public List<Pickup> pickups() {
        return pickups;
    }

    /**
     * The trips with as many emptied as could be, until {@code deadline}. Every pickup of the given trips is on
     * exactly one returned trip; every given trip must itself keep its times.
     */
    public List<Trip> improve(List<Trip> trips, Instant deadline) {
        List<Work> work = new ArrayList<>();
        List<Work> movable = new ArrayList<>();
        for (Trip t : trips) {
            Work w = new Work(t);
            if (!w.feasible()) {
                throw new IllegalArgumentException("trip " + t + " does not keep its times");
            }
            work.add(w);
            // A trip that holds only as its school planned it (another afternoon order) is left as it is.
            if (partner == null || partner.new Work(t).feasible()) {
                movable.add(w);
            }
        }
        boolean emptied = true;
        while (emptied && Instant.now().isBefore(deadline)) {
            emptied = false;
            List<Work> order = new ArrayList<>(movable);
            order.sort(Comparator.comparingInt((Work w) -> w.load).thenComparingInt(w -> w.k));
            for (Work t : order) {
                if (!Instant.now().isBefore(deadline)) {
                    break;
                }
                if (empty(t, movable)) {
                    work.remove(t);
                    movable.remove(t);
                    emptied = true;
                }
            }
        }
        return work.stream().map(Work::trip).toList();
    }

    /** Moves every pickup of {@code t} to other trips, or none: true when t is left empty. */
    private boolean empty(Work t, List<Work> work) {
        Integer[] moving = Arrays.stream(t.p, 0, t.k).boxed().toArray(Integer[]::new);
        Arrays.sort(moving, Comparator.comparingInt((Integer q) -> -pickups.get(q).children()));
        List<Work> touched = new ArrayList<>();
        List<Work> before = new ArrayList<>();
        for (int q : moving) {
            Work best = null;
            Work bestTrip = null;
            int bestCost = Integer.MAX_VALUE;
            for (Work u : work) {
                if (u == t || u.load + pickups.get(q).children() > seats) {
                    continue;
                }
                Work candidate = u.cheapestWith(q, bestCost);
                if (candidate != null && candidate.drive - u.drive < bestCost) {
                    bestCost = candidate.drive - u.drive;
                    best = candidate;
                    bestTrip = u;
                }
            }
            if (best == null) {
                for (int i = 0; i < touched.size(); i++) {
                    touched.get(i).copyFrom(before.get(i));
                }
                return false;
            }
            if (!touched.contains(bestTrip)) {
                touched.add(bestTrip);
                before.add(bestTrip.copy());
            }
            bestTrip.copyFrom(best);
        }
        return true;
    }

    /** When the trip may start, or null when no start keeps its windows and rides. */
    public Starts starts(Trip trip) {
        Work w = new Work(trip);
        if (!w.feasible()) {
            return null;
        }
        int latest = w.latestStart();
        // Reaching the first school before it opens only means waiting there with everyone on board.
        int low = Math.max(latest - 2 * w.longestLimit() - 1, schools.get(w.s[0]).early() - w.toFirstSchool);
        int high = latest;
        // Rides only grow as the start moves earlier (arrivals cannot move earlier than a window opens).
        while (low < high) {
            int mid = Math.floorDiv(low + high, 2);
            if (w.holdsAt(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return new Starts(high, latest);
    }

    /** Arrival at each of the trip's schools, in its order, when it starts at {@code start}. */
    public int[] arrivals(Trip trip, int start) {
        Work w = new Work(trip);
        w.timesAt(start);
        return Arrays.copyOf(w.arrival, w.m);
    }

    /** When the vehicle is free again at the trip's last school (children let off) after starting at {@code start}. */
    public int end(Trip trip, int start) {
        Work w = new Work(trip);
        w.timesAt(start);
        return w.arrival[w.m - 1] + schools.get(w.s[w.m - 1]).unload(w.childrenOf(w.s[w.m - 1]));
    }

    private boolean holds(Work w) {
        Work mine = new Work();
        mine.p = w.p;
        mine.k = w.k;
        mine.s = w.s;
        mine.m = w.m;
        mine.refresh();
        return mine.feasible();
    }

    /** Whether the trip keeps seats, windows and rides (and those of the partner problem, if any). */
    public boolean holds(Trip trip) {
        return new Work(trip).feasible() && (partner == null || partner.new Work(trip).feasible());
    }

    /** When the vehicle reaches each pickup, in the trip's order, when it starts at {@code start}. */
    public int[] pickupTimes(Trip trip, int start) {
        Work w = new Work(trip);
        w.prepare();
        int[] at = new int[w.k];
        for (int i = 0; i < w.k; i++) {
            at[i] = start + w.offset[i];
        }
        return at;
    }

    /**
     * The afternoon of a trip of this (time-reversed, {@link #reversed}) problem at its shortest rides: when the
     * vehicle leaves each school (in the trip's school order) and reaches each stop (in the trip's pickup order),
     * in real time. The vehicle leaves the last school of the list first and drops at the last pickup first.
     */
    public Afternoon afternoon(Trip trip) {
        Starts starts = starts(trip);
        if (starts == null) {
            throw new IllegalArgumentException("trip " + trip + " does not keep its afternoon times");
        }
        int start = starts.latest();
        int[] back = arrivals(trip, start);
        int[] leave = new int[back.length];
        for (int j = 0; j < back.length; j++) {
            leave[j] = -back[j];
        }
        int[] at = pickupTimes(trip, start);
        int[] drop = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            drop[i] = -(at[i] + pickups.get(trip.pickups().get(i)).serviceSeconds());
        }
        return new Afternoon(leave, drop);
    }

    /** Real afternoon times: departure from each school, arrival at each stop (both in the trip's orders). */
    public record Afternoon(int[] leave, int[] drop) {
    }

    /** A trip's times both ways: per pickup the morning arrival, per school the morning arrival, the afternoon. */
    public record Schedule(int[] pickupTimes, int[] arrivals, Afternoon afternoon) {
    }

    /**
     * The one trip over every pickup and every school, in list order, timed both ways at its shortest rides: the
     * morning as given, the afternoon backwards ({@link #reversed}), leaving school j no earlier than {@code leave[j]}
     * and at most {@code wait} seconds later. Empty when the seats, a window or a ride would not hold.
     */
    public static java.util.Optional<Schedule> bothWays(List<School> schools, List<Pickup> pickups, Travel travel,
                                                        int seats, int[] leave, int wait) {
        if (pickups.isEmpty()) {
            return java.util.Optional.empty();
        }
        MixedLoad morning = new MixedLoad(schools, pickups, travel, seats, schools.size());
        MixedLoad afternoon = morning.reversed(leave, wait);
        morning.alsoHolding(afternoon);
        Trip trip = new Trip(java.util.stream.IntStream.range(0, pickups.size()).boxed().toList(),
                java.util.stream.IntStream.range(0, schools.size()).boxed().toList());
        if (!morning.holds(trip)) {
            return java.util.Optional.empty();
        }
        int start = morning.starts(trip).latest();
        return java.util.Optional.of(new Schedule(morning.pickupTimes(trip, start), morning.arrivals(trip, start),
                afternoon.afternoon(trip)));
    }

    /** Seconds driven from the first pickup to the last school. */
    public int drive(Trip trip) {
        return new Work(trip).drive;
    }

    /** A trip being changed: arrays for speed, with its load and driving kept current. */
    private final class Work {
        int[] p;
        int k;
        int[] s;
        int m;
        int load;
        int drive;
        /** Per pickup position, seconds from the start to the vehicle's arrival there; then to the first school. */
        int[] offset;
        int toFirstSchool;
        int[] arrival;
        int[] latest;

        Work(Trip t) {
            p = new int[Math.max(4, t.pickups().size() * 2)];
            s = new int[Math.max(2, t.schools().size() + 1)];
            k = t.pickups().size();
            m = t.schools().size();
            for (int i = 0; i < k; i++) {
                p[i] = t.pickups().get(i);
            }
            for (int j = 0; j < m; j++) {
                s[j] = t.schools().get(j);
            }
            refresh();
        }

        private Work() {
        }

        Trip trip() {
            List<Integer> ps = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                ps.add(p[i]);
            }
            List<Integer> ss = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                ss.add(s[j]);
            }
            return new Trip(ps, ss);
        }

        Work copy() {
            Work w = new Work();
            w.copyFrom(this);
            return w;
        }

        void copyFrom(Work o) {
            p = o.p.clone();
            s = o.s.clone();
            k = o.k;
            m = o.m;
            load = o.load;
            drive = o.drive;
        }

        void refresh() {
            load = 0;
            drive = 0;
            for (int i = 0; i < k; i++) {
                load += pickups.get(p[i]).children();
                if (i > 0) {
                    drive += travel.seconds(pickups.get(p[i - 1]).point(), pickups.get(p[i]).point());
                }
            }
            if (k > 0 && m > 0) {
                drive += travel.seconds(pickups.get(p[k - 1]).point(), schools.get(s[0]).point());
            }
            for (int j = 1; j < m; j++) {
                drive += travel.seconds(schools.get(s[j - 1]).point(), schools.get(s[j]).point());
            }
        }

        int childrenOf(int school) {
            int c = 0;
            for (int i = 0; i < k; i++) {
                if (pickups.get(p[i]).school() == school) {
                    c += pickups.get(p[i]).children();
                }
            }
            return c;
        }

        int longestLimit() {
            int l = 0;
            for (int i = 0; i < k; i++) {
                l = Math.max(l, pickups.get(p[i]).rideLimit());
            }
            return l == 0 ? 86_400 : l;
        }

        /** Offsets and, per school, the latest arrival that keeps every later school in its window. */
        private boolean prepare() {
            if (k == 0 || m == 0 || offset == null || offset.length < k) {
                offset = new int[Math.max(4, p.length)];
            }
            if (arrival == null || arrival.length < m) {
                arrival = new int[s.length];
                latest = new int[s.length];
            }
            int t = 0;
            for (int i = 0; i < k; i++) {
                if (i > 0) {
                    t += pickups.get(p[i - 1]).serviceSeconds()
                            + travel.seconds(pickups.get(p[i - 1]).point(), pickups.get(p[i]).point());
                }
                offset[i] = t;
            }
            toFirstSchool = t + pickups.get(p[k - 1]).serviceSeconds()
                    + travel.seconds(pickups.get(p[k - 1]).point(), schools.get(s[0]).point());
            latest[m - 1] = schools.get(s[m - 1]).late();
            for (int j = m - 2; j >= 0; j--) {
                School here = schools.get(s[j]);
                latest[j] = Math.min(here.late(), latest[j + 1] - here.unload(childrenOf(s[j]))
                        - travel.seconds(here.point(), schools.get(s[j + 1]).point()));
            }
            for (int j = 0; j < m; j++) {
                if (schools.get(s[j]).early() > latest[j]) {
                    return false;
                }
            }
            return true;
        }

        int latestStart() {
            return latest[0] - toFirstSchool;
        }

        /** Arrivals at the schools when starting at {@code start} (offsets prepared). */
        void timesAt(int start) {
            prepare();
            for (int j = 0; j < m; j++) {
                School here = schools.get(s[j]);
                int reach = j == 0 ? start + toFirstSchool
                        : arrival[j - 1] + schools.get(s[j - 1]).unload(childrenOf(s[j - 1]))
                        + travel.seconds(schools.get(s[j - 1]).point(), here.point());
                arrival[j] = Math.max(here.early(), reach);
            }
        }

        /** Whether starting at {@code start} keeps every window and ride (offsets prepared). */
        boolean holdsAt(int start) {
            timesAt(start);
            for (int j = 0; j < m; j++) {
                if (arrival[j] > schools.get(s[j]).late()) {
                    return false;
                }
            }
            for (int i = 0; i < k; i++) {
                Pickup q = pickups.get(p[i]);
                if (q.rideLimit() > 0 && arrivalAt(q.school()) - (start + offset[i]) > q.rideLimit()) {
                    return false;
                }
            }
            return true;
        }

        private int arrivalAt(int school) {
            for (int j = 0; j < m; j++) {
                if (s[j] == school) {
                    return arrival[j];
                }
            }
            throw new IllegalStateException("school " + school + " is not on the trip");
        }

        /** Seats, one visit per school of every child on board, and the latest start keeping every time. */
        boolean feasible() {
            if (k == 0 || m == 0 || load > seats || m > Math.max(1, maxSchools)) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                boolean served = false;
                for (int j = 0; j < m; j++) {
                    served |= s[j] == pickups.get(p[i]).school();
                }
                if (!served) {
                    return false;
                }
            }
            if (!prepare()) {
                return false;
            }
            // The latest start gives the shortest rides: if it fails, every start does.
            return holdsAt(latestStart());
        }

        /** This trip with pickup q added where it adds least driving and keeps every time; null if nowhere. */
        Work cheapestWith(int q, int bound) {
            Pickup add = pickups.get(q);
            boolean hasSchool = false;
            for (int j = 0; j < m; j++) {
                hasSchool |= s[j] == add.school();
            }
            if (!hasSchool && m >= maxSchools) {
                return null;
            }
            Work best = null;
            int bestDrive = bound == Integer.MAX_VALUE ? Integer.MAX_VALUE : drive + bound;
            Work trial = new Work();
            for (int sp = 0; sp <= (hasSchool ? 0 : m); sp++) {
                for (int pp = 0; pp <= k; pp++) {
                    trial.p = insert(p, k, pp, q);
                    trial.k = k + 1;
                    trial.s = hasSchool ? s : insert(s, m, sp, add.school());
                    trial.m = hasSchool ? m : m + 1;
                    trial.refresh();
                    if (trial.drive >= bestDrive || !trial.feasible() || partner != null && !partner.holds(trial)) {
                        continue;
                    }
                    bestDrive = trial.drive;
                    best = trial.copy();
                }
            }
            return best;
        }
    }

    private static int[] insert(int[] a, int n, int pos, int value) {
        int[] b = new int[Math.max(a.length, n + 1)];
        System.arraycopy(a, 0, b, 0, pos);
        b[pos] = value;
        System.arraycopy(a, pos, b, pos + 1, n - pos);
        return b;
    }
}
