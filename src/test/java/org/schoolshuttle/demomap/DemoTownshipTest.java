package org.schoolshuttle.demomap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTownshipTest {

    private static final Path COMMITTED = Path.of("routing-data", "demo-township.osm.gz");
    private static final String STALE =
            "routing-data/demo-township.osm.gz is stale: regenerate it as routing-data/README.md says";

    private static Osm map;

    @BeforeAll
    static void readCommittedMap() throws IOException, XMLStreamException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(COMMITTED))) {
            map = Osm.read(in);
        }
    }

    @Test
    void committedFileIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("demo-township.osm.gz");
        DemoTownship.write(fresh);
        // Compared unzipped: the XML is deterministic, but deflate output may differ between zlib builds.
        assertArrayEquals(gunzip(COMMITTED), gunzip(fresh), STALE);
    }

    @Test
    void osmSuffixWritesPlainXml(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("demo-township.osm");
        DemoTownship.write(plain);
        assertArrayEquals(gunzip(COMMITTED), Files.readAllBytes(plain), STALE);
    }

    @Test
    void idsAscendWithAllNodesBeforeTheWays() {
        assertTrue(map.inOrder, "node ids and way ids must ascend, nodes first");
    }

    @Test
    void oneTownAndAtLeastSixVillagesAndHamlets() {
        assertEquals(1, map.nodesTagged("place", "town").size());
        int villages = map.nodesTagged("place", "village").size() + map.nodesTagged("place", "hamlet").size();
        assertTrue(villages >= 6, "villages and hamlets: " + villages);
    }

    @Test
    void twoSchoolsWithNamesAndAddresses() {
        List<Element> schools = map.nodesTagged("amenity", "school");
        assertEquals(2, schools.size());
        for (Element school : schools) {
            assertTrue(school.tags.containsKey("name:zh"), school.tags.toString());
            assertTrue(school.tags.containsKey("name:en"), school.tags.toString());
            assertTrue(map.streetNames().contains(school.tags.get("addr:street")), school.tags.toString());
        }
    }

    @Test
    void everyAddressIsOnAStreetOfTheMap() {
        List<Element> homes = map.nodes.values().stream().filter(n -> n.tags.containsKey("addr:housenumber")).toList();
        assertTrue(homes.stream().filter(n -> "青石镇".equals(n.tags.get("addr:city"))).count() >= 100);
        Set<String> streets = map.streetNames();
        homes.forEach(home -> assertTrue(streets.contains(home.tags.get("addr:street")), home.tags.toString()));
    }

    @Test
    void trunkMeetsLocalRoadsOnlyAtTheSignalledJunction() {
        List<Element> signals = map.nodesTagged("highway", "traffic_signals");
        assertEquals(1, signals.size());
        Set<Long> trunkNodes = new HashSet<>();
        map.highways("trunk").forEach(trunk -> trunkNodes.addAll(trunk.refs));
        Set<Long> shared = map.highways(null).stream().filter(way -> !"trunk".equals(way.tags.get("highway")))
                .flatMap(way -> way.refs.stream()).filter(trunkNodes::contains).collect(Collectors.toSet());
        assertEquals(Set.of(signals.get(0).id), shared);
    }

    @Test
    void everyOtherRoadCrossesTheTrunkOnABridge() {
        List<Element> crossing = map.highways(null).stream().filter(way -> !"trunk".equals(way.tags.get("highway")))
                .filter(way -> map.highways("trunk").stream().anyMatch(trunk -> map.crosses(way, trunk))).toList();
        assertFalse(crossing.isEmpty());
        crossing.forEach(way -> assertTrue(isBridge(way), way.tags.toString()));
    }

    @Test
    void riverIsCrossedByExactlyTwoBridges() {
        Element river = map.ways.stream().filter(way -> "river".equals(way.tags.get("waterway")))
                .findFirst().orElseThrow();
        List<Element> crossing = map.highways(null).stream().filter(way -> map.crosses(way, river)).toList();
        assertEquals(2, crossing.size());
        crossing.forEach(way -> assertTrue(isBridge(way), way.tags.toString()));
        assertTrue(map.highways(null).stream().noneMatch(way -> way.refs.stream().anyMatch(river.refs::contains)));
    }

    @Test
    void roadsFormOneNetwork() {
        Map<Long, Long> parent = new HashMap<>();
        for (Element way : map.highways(null)) {
            way.refs.forEach(ref -> parent.merge(ref, ref, (a, b) -> a));
            way.refs.forEach(ref -> parent.put(root(parent, ref), root(parent, way.refs.get(0))));
        }
        assertEquals(1, parent.keySet().stream().map(ref -> root(parent, ref)).distinct().count());
    }

    private static boolean isBridge(Element way) {
        return "yes".equals(way.tags.get("bridge")) && "1".equals(way.tags.get("layer"));
    }

    private static long root(Map<Long, Long> parent, long ref) {
        while (parent.get(ref) != ref) {
            ref = parent.get(ref);
        }
        return ref;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** A node (lat, lon) or a way (refs) with its tags. */
    private static final class Element {
        final long id;
        final double lat;
        final double lon;
        final List<Long> refs = new ArrayList<>();
        final Map<String, String> tags = new LinkedHashMap<>();

        Element(long id, double lat, double lon) {
            this.id = id;
            this.lat = lat;
            this.lon = lon;
        }
    }

    /** The parts of an OSM XML file these tests look at, read with the JDK's StAX parser. */
    private static final class Osm {
        final Map<Long, Element> nodes = new LinkedHashMap<>();
        final List<Element> ways = new ArrayList<>();
        boolean inOrder = true;

        static Osm read(InputStream in) throws XMLStreamException {
            Osm osm = new Osm();
            XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8");
            Element current = null;
            long lastNode = 0;
            long lastWay = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "node" -> {
                        current = new Element(Long.parseLong(xml.getAttributeValue(null, "id")),
                                Double.parseDouble(xml.getAttributeValue(null, "lat")),
                                Double.parseDouble(xml.getAttributeValue(null, "lon")));
                        osm.inOrder &= lastWay == 0 && current.id > lastNode;
                        lastNode = current.id;
                        osm.nodes.put(current.id, current);
                    }
                    case "way" -> {
                        current = new Element(Long.parseLong(xml.getAttributeValue(null, "id")), 0, 0);
                        osm.inOrder &= current.id > lastWay;
                        lastWay = current.id;
                        osm.ways.add(current);
                    }
                    case "nd" -> current.refs.add(Long.parseLong(xml.getAttributeValue(null, "ref")));
                    case "tag" -> current.tags.put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
                    default -> { }
                }
            }
            return osm;
        }

        List<Element> nodesTagged(String key, String value) {
            return nodes.values().stream().filter(node -> value.equals(node.tags.get(key))).toList();
        }

        /** Ways with this highway value, or every highway when {@code value} is null. */
        List<Element> highways(String value) {
            return ways.stream().filter(way -> way.tags.containsKey("highway"))
                    .filter(way -> value == null || value.equals(way.tags.get("highway"))).toList();
        }

        Set<String> streetNames() {
            return highways(null).stream().map(way -> way.tags.get("name")).filter(name -> name != null)
                    .collect(Collectors.toSet());
        }

        /** Whether a segment of {@code a} crosses a segment of {@code b} where the two share no node. */
        boolean crosses(Element a, Element b) {
            for (int i = 0; i + 1 < a.refs.size(); i++) {
                for (int j = 0; j + 1 < b.refs.size(); j++) {
                    Set<Long> ends = Set.of(a.refs.get(i), a.refs.get(i + 1));
                    boolean joined = ends.contains(b.refs.get(j)) || ends.contains(b.refs.get(j + 1));
                    if (!joined && intersect(nodes.get(a.refs.get(i)), nodes.get(a.refs.get(i + 1)),
                            nodes.get(b.refs.get(j)), nodes.get(b.refs.get(j + 1)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        // Plain lat/lon is fine here: whether two segments intersect survives any linear change of axes.
        private static boolean intersect(Element p, Element p2, Element q, Element q2) {
            double dx = p2.lon - p.lon, dy = p2.lat - p.lat, ex = q2.lon - q.lon, ey = q2.lat - q.lat;
            double denominator = dx * ey - dy * ex;
            if (denominator == 0) {
                return false;
            }
            double t = ((q.lon - p.lon) * ey - (q.lat - p.lat) * ex) / denominator;
            double u = ((q.lon - p.lon) * dy - (q.lat - p.lat) * dx) / denominator;
            return t >= 0 && t <= 1 && u >= 0 && u <= 1;
        }
    }
}
