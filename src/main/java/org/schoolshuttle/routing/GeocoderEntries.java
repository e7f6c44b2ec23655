package org.schoolshuttle.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geocoder's data as parallel primitive arrays, so a county's hundred thousand entries cost a few
 * megabytes rather than an object each. Names are shared through a table because thousands of addresses
 * repeat the same street and village. Coordinates are stored as degrees × 10⁷ (OSM's own precision).
 * Streets also keep points along their length, at most {@link #STREET_POINT_SPACING_M} apart, so that
 * reverse geocoding measures the distance to the street and not to its middle.
 */
final class GeocoderEntries {

    static final byte ADDRESS = 0;
    static final byte STREET = 1;
    static final byte PLACE = 2;
    static final double STREET_POINT_SPACING_M = 40;
    private static final String[] KIND_NAMES = {"address", "street", "place"};

    private final List<PlaceNames> names = new ArrayList<>();
    private final Map<PlaceNames, Integer> nameIds = new HashMap<>();

    private int size;
    private byte[] kind = new byte[64];
    private byte[] rank = new byte[64];
    private int[] lat = new int[64];
    private int[] lon = new int[64];
    private int[] nameId = new int[64];
    private int[] cityId = new int[64];
    private String[] houseNumber = new String[64];
    private String[] postcode = new String[64];

    private int pointCount;
    private int[] pointLat = new int[64];
    private int[] pointLon = new int[64];
    private int[] pointEntry = new int[64];

    static int toE7(double degrees) {
        return (int) Math.round(degrees * 1e7);
    }

    static double fromE7(int e7) {
        return e7 / 1e7;
    }

    static String kindName(byte kind) {
        return KIND_NAMES[kind];
    }

    /** The id of a name in the shared table, adding it when new. */
    int nameId(PlaceNames placeNames) {
        return nameIds.computeIfAbsent(placeNames, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    /**
     * Appends an entry and returns its index.
     *
     * @param cityId      name id of the locality, or -1 when unknown
     * @param houseNumber the tag as written, null unless an address
     * @param rank        importance among places (0 = city … 7 = locality), 0 for others
     */
    int add(byte kind, int nameId, int cityId, String houseNumber, String postcode, int rank, int latE7, int lonE7) {
        if (nameId < 0 || nameId >= names.size() || cityId < -1 || cityId >= names.size()) {
            throw new IllegalArgumentException("name id out of range");
        }
        if (size == this.kind.length) {
            int capacity = size * 2;
            this.kind = Arrays.copyOf(this.kind, capacity);
            this.rank = Arrays.copyOf(this.rank, capacity);
            lat = Arrays.copyOf(lat, capacity);
            lon = Arrays.copyOf(lon, capacity);
            this.nameId = Arrays.copyOf(this.nameId, capacity);
            this.cityId = Arrays.copyOf(this.cityId, capacity);
            this.houseNumber = Arrays.copyOf(this.houseNumber, capacity);
            this.postcode = Arrays.copyOf(this.postcode, capacity);
        }
        this.kind[size] = kind;
        this.rank[size] = (byte) rank;
        lat[size] = latE7;
        lon[size] = lonE7;
        this.nameId[size] = nameId;
        this.cityId[size] = cityId;
        this.houseNumber[size] = houseNumber;
        this.postcode[size] = postcode;
        return size++;
    }

    /** Records a point along a street entry, for reverse geocoding. */
    void addStreetPoint(int entry, int latE7, int lonE7) {
        if (entry < 0 || entry >= size || kind[entry] != STREET) {
            throw new IllegalArgumentException("street point for an entry that is not a street: " + entry);
        }
        if (pointCount == pointLat.length) {
            int capacity = pointCount * 2;
            pointLat = Arrays.copyOf(pointLat, capacity);
            pointLon = Arrays.copyOf(pointLon, capacity);
            pointEntry = Arrays.copyOf(pointEntry, capacity);
        }
        pointLat[pointCount] = latE7;
        pointLon[pointCount] = lonE7;
        pointEntry[pointCount] = entry;
        pointCount++;
    }

    int size() {
        return size;
    }

    int nameCount() {
        return names.size();
    }

    PlaceNames names(int id) {
        return names.get(id);
    }

    byte kind(int entry) {
        return kind[entry];
    }

    int rank(int entry) {
        return rank[entry];
    }

    int latE7(int entry) {
        return lat[entry];
    }

    int lonE7(int entry) {
        return lon[entry];
    }

    int nameId(int entry) {
        return nameId[entry];
    }

    /** Name id of the entry's locality, or -1. */
    int cityId(int entry) {
        return cityId[entry];
    }

    String houseNumber(int entry) {
        return houseNumber[entry];
    }

    String postcode(int entry) {
        return postcode[entry];
    }

    int pointCount() {
        return pointCount;
    }

    int pointLatE7(int point) {
        return pointLat[point];
    }

    int pointLonE7(int point) {
        return pointLon[point];
    }

    int pointEntry(int point) {
        return pointEntry[point];
    }
}
