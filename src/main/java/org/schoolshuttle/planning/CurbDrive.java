package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One route's drive with each leg taken curb side ({@link StreetMap#curbLeg}): the vehicle arrives at and leaves
 * every stop with its families' side of the road at the door. Pairs the route does not drive are the matrix's.
 */
public final class CurbDrive implements TravelTimes {

    private final TravelTimes matrix;
    private final Map<Long, StreetMap.Leg> legs;

    private CurbDrive(TravelTimes matrix, Map<Long, StreetMap.Leg> legs) {
        this.matrix = matrix;
        this.legs = legs;
    }

    /**
     * @param points         the matrix's points (0: school)
     * @param stops          the route's stops as matrix indexes, in morning order
     * @param sides          each stop's {@link CurbSide} (null: either side)
     * @param afternoonOrder morning positions in afternoon order
     * @param base           where the vehicle is kept (a matrix index; 0 when at school)
     * @return empty when some leg has no such drive, or no stop has a side to keep
     */
    public static Optional<CurbDrive> of(StreetMap map, List<GeoPoint> points, TravelTimes matrix, int[] stops,
                                  GeoPoint[] sides, int[] afternoonOrder, int base) {
        Map<Integer, GeoPoint> sideOf = new HashMap<>();
        for (int k = 0; k < stops.length; k++) {
            if (sides[k] != null) {
                sideOf.put(stops[k], sides[k]);
            }
        }
        if (sideOf.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> pairs = new ArrayList<>();
        pairs.add(new int[] {base, stops[0]});
        for (int k = 1; k < stops.length; k++) {
            pairs.add(new int[] {stops[k - 1], stops[k]});
        }
        pairs.add(new int[] {stops[stops.length - 1], 0});
        pairs.add(new int[] {0, stops[afternoonOrder[0]]});
        for (int k = 1; k < afternoonOrder.length; k++) {
            pairs.add(new int[] {stops[afternoonOrder[k - 1]], stops[afternoonOrder[k]]});
        }
        pairs.add(new int[] {stops[afternoonOrder[afternoonOrder.length - 1]], base});
        Map<Long, StreetMap.Leg> legs = new HashMap<>();
        for (int[] pair : pairs) {
            if (pair[0] == pair[1]) {
                continue;
            }
            Optional<StreetMap.Leg> leg = map.curbLeg(points.get(pair[0]), sideOf.get(pair[0]),
                    points.get(pair[1]), sideOf.get(pair[1]));
            if (leg.isEmpty()) {
                return Optional.empty();
            }
            legs.put(key(pair[0], pair[1], matrix.size()), leg.get());
        }
        return Optional.of(new CurbDrive(matrix, legs));
    }

    /** Seconds the route's legs take beyond the matrix's, the turns that keep the sides. */
    public double extraSeconds() {
        return legs.entrySet().stream().mapToDouble(e -> e.getValue().seconds() - matrixSeconds(e.getKey())).sum();
    }

    /** The extra seconds of the legs into and out of one point: what keeping its side costs. */
    public double extraSecondsAt(int point) {
        int n = matrix.size();
        return legs.entrySet().stream().filter(e -> e.getKey() / n == point || e.getKey() % n == point)
                .mapToDouble(e -> e.getValue().seconds() - matrixSeconds(e.getKey())).sum();
    }

    private double matrixSeconds(long key) {
        int n = matrix.size();
        return matrix.seconds((int) (key / n), (int) (key % n));
    }

    private static long key(int from, int to, int size) {
        return (long) from * size + to;
    }

    @Override
    public int size() {
        return matrix.size();
    }

    @Override
    public double metres(int from, int to) {
        StreetMap.Leg leg = legs.get(key(from, to, matrix.size()));
        return leg != null ? leg.metres() : matrix.metres(from, to);
    }

    @Override
    public double seconds(int from, int to) {
        StreetMap.Leg leg = legs.get(key(from, to, matrix.size()));
        return leg != null ? leg.seconds() : matrix.seconds(from, to);
    }
}
