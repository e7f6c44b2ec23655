package org.schoolshuttle.routing;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Offline geocoder over the addresses, streets and places of an OSM extract. Built once when the graph
 * is imported ({@link #build}), kept beside the graph ({@link #save}) and read back on start-up
 * ({@link #load}). Immutable and safe to share between threads.
 */
public final class GeocoderIndex {

    private static final Logger LOG = Logger.getLogger(GeocoderIndex.class);
    static final double ADDRESS_RADIUS_M = 150;
    static final double STREET_RADIUS_M = 500;
    static final double PLACE_RADIUS_M = 5_000;
    // Labels repeated this close together are the same thing mapped twice (a shop node inside its building).
    private static final double DUPLICATE_M = 200;
    private static final int SPARE_RESULTS = 8;

    private final GeocoderEntries entries;
    private final GeocoderSearch search;
    private final SpatialGrid addresses;
    private final SpatialGrid streetPoints;
    private final SpatialGrid places;

    private GeocoderIndex(GeocoderEntries entries) {
        this.entries = entries;
        this.search = new GeocoderSearch(entries, TermIndex.build(entries));
        this.addresses = new SpatialGrid(ofKind(GeocoderEntries.ADDRESS), entries::latE7, entries::lonE7, ADDRESS_RADIUS_M);
        this.places = new SpatialGrid(ofKind(GeocoderEntries.PLACE), entries::latE7, entries::lonE7, PLACE_RADIUS_M);
        this.streetPoints = new SpatialGrid(IntStream.range(0, entries.pointCount()).toArray(),
                entries::pointLatE7, entries::pointLonE7, STREET_RADIUS_M);
    }

    /**
     * Builds the index from an OSM extract, reading it twice.
     *
     * @param osmFile a {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file, not null
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException                       when it cannot be read or is not OSM data
     */
    public static GeocoderIndex build(Path osmFile) throws IOException {
        long start = System.nanoTime();
        GeocoderIndex index = new GeocoderIndex(GeocoderAssembly.assemble(GeocoderImport.read(osmFile)));
        LOG.infof("Geocoder index for %s built in %d ms", osmFile.getFileName(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    /**
     * Reads an index written by {@link #save}.
     *
     * @param file not null
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException                       when it is not a geocoder index, was written by another
     *                                           format version, or is truncated or damaged
     */
    public static GeocoderIndex load(Path file) throws IOException {
        return new GeocoderIndex(GeocoderFile.load(file));
    }

    /**
     * Writes the index, replacing the file atomically; missing parent folders are created.
     *
     * @param file not null
     * @throws IOException when the file cannot be written
     */
    public void save(Path file) throws IOException {
        GeocoderFile.save(entries, file);
    }

    /**
     * Finds addresses, streets and places matching free text. Case, accents, punctuation, word order and
     * {@code straße}/{@code strasse}/{@code str.} do not matter; Chinese matches anywhere inside a name.
     * A house number that matches exactly ranks first; without a number streets and places come before
     * their addresses.
     *
     * @param query  the text, not blank
     * @param limit  the most results wanted, at least 1
     * @param locale language of the labels ({@code zh}, {@code en}, else the local names); null for local names
     * @return best match first; empty when nothing matches
     * @throws IllegalArgumentException when the query is null or blank or has no letters or digits, or
     *                                  {@code limit < 1}
     */
    public List<GeocodedPlace> search(String query, int limit, Locale locale) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        int[] ranked = search.search(query, limit + SPARE_RESULTS);
        List<GeocodedPlace> results = new ArrayList<>(limit);
        for (int i = 0; i < ranked.length && results.size() < limit; i++) {
            GeocodedPlace place = place(ranked[i], locale);
            if (!isDuplicate(place, results)) {
                results.add(place);
            }
        }
        return results;
    }

    /**
     * The best entry that matches every word of the query, if any: for placing something (a child's home)
     * where a near miss would be worse than no answer.
     *
     * @throws IllegalArgumentException when the query has no letters or digits
     */
    public Optional<GeocodedPlace> exactMatch(String query, Locale locale) {
        int[] ranked = search.search(query, 1, true);
        return ranked.length == 0 ? Optional.empty() : Optional.of(place(ranked[0], locale));
    }

    /**
     * The address nearest to a point within 150 m, else the street within 500 m, else the place within
     * 5 km. A street is answered with the point of it nearest to the one asked about.
     *
     * @param lat    WGS-84 latitude in degrees
     * @param lon    WGS-84 longitude in degrees
     * @param locale language of the label; null for local names
     * @return empty when nothing is within reach
     * @throws IllegalArgumentException when the coordinates are not finite or out of range
     */
    public Optional<GeocodedPlace> reverse(double lat, double lon, Locale locale) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90 || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates must be a latitude in [-90, 90] and a longitude in [-180, 180], got "
                    + lat + "," + lon);
        }
        int address = addresses.nearest(lat, lon, ADDRESS_RADIUS_M);
        if (address >= 0) {
            return Optional.of(place(address, locale));
        }
        int point = streetPoints.nearest(lat, lon, STREET_RADIUS_M);
        if (point >= 0) {
            int street = entries.pointEntry(point);
            return Optional.of(new GeocodedPlace(GeocoderLabels.label(entries, street, locale),
                    GeocoderEntries.fromE7(entries.pointLatE7(point)), GeocoderEntries.fromE7(entries.pointLonE7(point)),
                    GeocoderEntries.kindName(GeocoderEntries.STREET)));
        }
        int place = places.nearest(lat, lon, PLACE_RADIUS_M);
        return place >= 0 ? Optional.of(place(place, locale)) : Optional.empty();
    }

    /** Every entry of a kind ({@code "address"}, {@code "street"} or {@code "place"}), in index order. */
    public List<GeocodedPlace> all(String kind, Locale locale) {
        List<GeocodedPlace> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (GeocoderEntries.kindName(entries.kind(i)).equals(kind)) {
                found.add(place(i, locale));
            }
        }
        return found;
    }

    /** Number of entries of a kind: {@code "address"}, {@code "street"} or {@code "place"}; 0 for others. */
    public int count(String kind) {
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (GeocoderEntries.kindName(entries.kind(i)).equals(kind)) {
                count++;
            }
        }
        return count;
    }

    private GeocodedPlace place(int entry, Locale locale) {
        return new GeocodedPlace(GeocoderLabels.label(entries, entry, locale), GeocoderEntries.fromE7(entries.latE7(entry)),
                GeocoderEntries.fromE7(entries.lonE7(entry)), GeocoderEntries.kindName(entries.kind(entry)));
    }

    private static boolean isDuplicate(GeocodedPlace place, List<GeocodedPlace> taken) {
        for (GeocodedPlace other : taken) {
            if (other.label().equals(place.label()) && other.kind().equals(place.kind())
                    && SpatialGrid.distanceMeters(place.lat(), place.lon(), other.lat(), other.lon()) < DUPLICATE_M) {
                return true;
            }
        }
        return false;
    }

    private int[] ofKind(byte kind) {
        return IntStream.range(0, entries.size()).filter(i -> entries.kind(i) == kind).toArray();
    }
}
