package org.schoolshuttle.routing;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.jboss.logging.Logger;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the geocoder's raw material from an OSM extract (PBF, XML or gzipped XML) in two passes: the
 * first collects places, addresses and named highways with the node ids of their ways, the second the
 * coordinates of just those nodes. {@link GeocoderAssembly} turns the result into entries.
 */
final class GeocoderImport {

    private static final Logger LOG = Logger.getLogger(GeocoderImport.class);
    private static final Map<String, Integer> PLACE_RANKS = Map.of("city", 0, "town", 1, "village", 2,
            "suburb", 3, "hamlet", 4, "neighbourhood", 5, "isolated_dwelling", 6, "locality", 7);
    // Named highways that are not streets anyone lives on.
    private static final Set<String> NOT_STREETS = Set.of("platform", "bus_stop", "elevator", "proposed",
            "construction", "abandoned", "razed", "corridor", "emergency_access_point");
    private static final int WORKER_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** A node tagged {@code place=*} with a name. */
    record RawPlace(PlaceNames names, int rank, int latE7, int lonE7) {
    }

    /** The {@code addr:*} tags; {@code street} holds {@code addr:place} when {@code onPlace}. */
    record AddressTags(String street, boolean onPlace, String houseNumber, String city, String postcode) {
    }

    record RawAddress(AddressTags tags, int latE7, int lonE7) {
    }

    /** A way's node ids live in {@link WayNodes} from {@code firstRef} on. */
    record RawWay(PlaceNames names, AddressTags address, int firstRef, int refCount) {
    }

    final List<RawPlace> places = new ArrayList<>();
    final List<RawAddress> addresses = new ArrayList<>();
    final List<RawWay> streets = new ArrayList<>();
    final WayNodes wayNodes = new WayNodes();
    private final List<RawWay> addressWays = new ArrayList<>();

    private GeocoderImport() {
    }

    /**
     * Reads an extract.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws IOException         when it cannot be read or parsed
     */
    static GeocoderImport read(Path osmFile) throws IOException {
        if (!Files.isRegularFile(osmFile)) {
            throw new NoSuchFileException(osmFile.toString(), null, "OSM extract not found");
        }
        GeocoderImport data = new GeocoderImport();
        long start = System.nanoTime();
        data.scanTags(osmFile);
        data.wayNodes.prepare();
        data.resolveNodes(osmFile);
        data.resolveAddressWays();
        LOG.infof("Geocoder read %s in %d ms: %d places, %d addresses, %d named highway ways, %d of %d way nodes found",
                osmFile.getFileName(), (System.nanoTime() - start) / 1_000_000, data.places.size(),
                data.addresses.size(), data.streets.size(), data.wayNodes.resolvedCount(), data.wayNodes.wantedCount());
        return data;
    }

    private void scanTags(Path osmFile) throws IOException {
        long elements = 0;
        try (OSMInputFile in = open(osmFile, new SkipOptions(false, false, true))) {
            ReaderElement element;
            while ((element = in.getNext()) != null) {
                if (element instanceof ReaderNode node) {
                    readNode(node);
                } else if (element instanceof ReaderWay way) {
                    readWay(way);
                }
                if (++elements % 5_000_000 == 0) {
                    LOG.infof("Geocoder import: %d OSM elements read", elements);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("Cannot read OSM extract " + osmFile + ": " + e.getMessage(), e);
        }
    }

    private void resolveNodes(Path osmFile) throws IOException {
        try (OSMInputFile in = open(osmFile, new SkipOptions(false, true, true))) {
            ReaderElement element;
            while ((element = in.getNext()) != null) {
                if (element instanceof ReaderNode node) {
                    wayNodes.offer(node.getId(), node.getLat(), node.getLon());
                } else if (element.getType() != ReaderElement.Type.FILEHEADER) {
                    break; // nodes come first; the rest of the file holds none
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("Cannot read OSM extract " + osmFile + ": " + e.getMessage(), e);
        }
    }

    private static OSMInputFile open(Path osmFile, SkipOptions skip) throws IOException, XMLStreamException {
        OSMInputFile in = new OSMInputFile(osmFile.toFile()).setWorkerThreads(WORKER_THREADS).setSkipOptions(skip);
        try {
            return in.open();
        } catch (XMLStreamException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException | RuntimeException closing) {
                // a reader that never opened may fail to close; the stream underneath is closed either way
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void readNode(ReaderNode node) {
        String place = tag(node, "place");
        Integer rank = place == null ? null : PLACE_RANKS.get(place);
        PlaceNames names = rank == null ? null : names(node);
        if (names != null) {
            places.add(new RawPlace(names, rank, GeocoderEntries.toE7(node.getLat()), GeocoderEntries.toE7(node.getLon())));
        }
        AddressTags address = addressTags(node);
        if (address != null) {
            addresses.add(new RawAddress(address, GeocoderEntries.toE7(node.getLat()), GeocoderEntries.toE7(node.getLon())));
        }
    }

    private void readWay(ReaderWay way) {
        AddressTags address = addressTags(way);
        String highway = way.getTag("highway");
        PlaceNames names = highway == null || NOT_STREETS.contains(highway) ? null : names(way);
        if ((address == null && names == null) || way.getNodes().isEmpty()) {
            return;
        }
        long[] nodeIds = way.getNodes().toArray();
        int first = wayNodes.addWay(nodeIds);
        if (address != null) {
            addressWays.add(new RawWay(null, address, first, nodeIds.length));
        }
        if (names != null) {
            streets.add(new RawWay(names, null, first, nodeIds.length));
        }
    }

    /** Buildings become an address at the mean of their nodes, a closed ring's repeated node counted once. */
    private void resolveAddressWays() {
        int lost = 0;
        for (RawWay way : addressWays) {
            int count = way.refCount();
            if (count > 1 && wayNodes.ref(way.firstRef()) == wayNodes.ref(way.firstRef() + count - 1)) {
                count--;
            }
            long lat = 0;
            long lon = 0;
            int found = 0;
            for (int i = way.firstRef(); i < way.firstRef() + count; i++) {
                if (wayNodes.has(i)) {
                    lat += wayNodes.latE7(i);
                    lon += wayNodes.lonE7(i);
                    found++;
                }
            }
            if (found == 0) {
                lost++;
            } else {
                addresses.add(new RawAddress(way.address(), (int) (lat / found), (int) (lon / found)));
            }
        }
        if (lost > 0) {
            LOG.infof("Geocoder import: %d addressed ways skipped, their nodes are outside the extract", lost);
        }
    }

    private static PlaceNames names(ReaderElement element) {
        String name = tag(element, "name");
        if (name == null) {
            return null;
        }
        String zh = tag(element, "name:zh");
        String zhHans = tag(element, "name:zh-Hans");
        String zhAlt = zhHans != null && zh != null && !zh.equals(zhHans) ? zh : null;
        return new PlaceNames(name, tag(element, "name:en"), zhHans != null ? zhHans : zh, zhAlt);
    }

    private static AddressTags addressTags(ReaderElement element) {
        String number = tag(element, "addr:housenumber");
        String street = tag(element, "addr:street");
        String place = tag(element, "addr:place");
        if (number == null || (street == null && place == null)) {
            return null;
        }
        return new AddressTags(street != null ? street : place, street == null, number,
                tag(element, "addr:city"), tag(element, "addr:postcode"));
    }

    private static String tag(ReaderElement element, String key) {
        Object value = element.getTags().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
