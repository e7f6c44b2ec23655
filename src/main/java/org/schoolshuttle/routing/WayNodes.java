package org.schoolshuttle.routing;

import java.util.Arrays;

/**
 * The nodes of the few ways the geocoder needs, for the two-pass import: OSM files list nodes before
 * ways, so the first pass records which node ids the wanted ways use and the second keeps the coordinates
 * of just those. A county's millions of other nodes are never held.
 */
final class WayNodes {

    private static final int MISSING = Integer.MIN_VALUE;

    private long[] refs = new long[1024];
    private int refCount;
    private long[] ids;
    private int[] lat;
    private int[] lon;
    private int resolved;

    /** Records a way's node ids and returns the index of the first; the rest follow in order. */
    int addWay(long[] nodeIds) {
        if (ids != null) {
            throw new IllegalStateException("ways must all be added before nodes are resolved");
        }
        while (refCount + nodeIds.length > refs.length) {
            refs = Arrays.copyOf(refs, refs.length * 2);
        }
        System.arraycopy(nodeIds, 0, refs, refCount, nodeIds.length);
        refCount += nodeIds.length;
        return refCount - nodeIds.length;
    }

    /** Ends the first pass: from here on {@link #offer} keeps coordinates of wanted nodes. */
    void prepare() {
        long[] sorted = Arrays.copyOf(refs, refCount);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (unique == 0 || sorted[unique - 1] != sorted[i]) {
                sorted[unique++] = sorted[i];
            }
        }
        ids = Arrays.copyOf(sorted, unique);
        lat = new int[unique];
        lon = new int[unique];
        Arrays.fill(lat, MISSING);
    }

    /** Offers a node of the second pass; kept only when a wanted way uses it. */
    void offer(long id, double latitude, double longitude) {
        int i = Arrays.binarySearch(ids, id);
        if (i >= 0 && lat[i] == MISSING) {
            lat[i] = GeocoderEntries.toE7(latitude);
            lon[i] = GeocoderEntries.toE7(longitude);
            resolved++;
        }
    }

    int wantedCount() {
        return ids.length;
    }

    int resolvedCount() {
        return resolved;
    }

    long ref(int refIndex) {
        return refs[refIndex];
    }

    /** Whether the node at a way position was found; clipped extracts lose ways' outer nodes. */
    boolean has(int refIndex) {
        return slot(refIndex) >= 0;
    }

    int latE7(int refIndex) {
        return lat[slot(refIndex)];
    }

    int lonE7(int refIndex) {
        return lon[slot(refIndex)];
    }

    private int slot(int refIndex) {
        int i = Arrays.binarySearch(ids, refs[refIndex]);
        return i >= 0 && lat[i] != MISSING ? i : -1;
    }
}
