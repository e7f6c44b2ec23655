package org.schoolshuttle.routing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeocoderIndexTest {

    private static void assertNear(double lat, double lon, GeocodedPlace place, double meters) {
        double distance = SpatialGrid.distanceMeters(lat, lon, place.lat(), place.lon());
        assertTrue(distance <= meters, place + " is " + Math.round(distance) + " m from " + lat + "," + lon);
    }

    /** The real extract north of Bayreuth, OSM state of November 2014. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class NorthBayreuth {

        // Building way 104362610: addr:street=Stöckigstraße, addr:housenumber=8, addr:city=Bindlach.
        private static final String LABEL = "Stöckigstraße 8, Bindlach";
        private static final double LAT = 49.97822;
        private static final double LON = 11.60245;

        private GeocoderIndex index;

        @BeforeAll
        void build() throws IOException {
            Path extract = Path.of("..", "shared", "routing-data", "north-bayreuth.osm.gz");
            Assumptions.assumeTrue(Files.exists(extract), extract.toAbsolutePath() + " absent: skipping");
            index = GeocoderIndex.build(extract);
        }

        @Test
        void streetAndHouseNumberFindTheBuildingFirst() {
            GeocodedPlace first = index.search("Stöckigstraße 8", 5, Locale.GERMAN).get(0);
            assertEquals(LABEL, first.label());
            assertEquals("address", first.kind());
            assertNear(LAT, LON, first, 30);
        }

        @ParameterizedTest
        @ValueSource(strings = {"stöckigstraße 8", "STÖCKIGSTRASSE 8", "Stockigstrasse 8", "8 Stöckigstraße",
                "Stöckigstr. 8", "bindlach stockigstr 8", "  Stöckig-Straße, 8 "})
        void forgivingSpellingsStillFindIt(String query) {
            GeocodedPlace first = index.search(query, 5, Locale.GERMAN).get(0);
            assertEquals(LABEL, first.label(), query);
            assertNear(LAT, LON, first, 30);
        }

        @Test
        void withoutHouseNumberTheStreetComesFirstFollowedByItsAddresses() {
            List<GeocodedPlace> results = index.search("stöckigstrasse", 20, Locale.GERMAN);
            assertEquals("street", results.get(0).kind());
            assertEquals("Stöckigstraße, Bindlach", results.get(0).label());
            assertNear(LAT, LON, results.get(0), 500);
            assertTrue(results.stream().anyMatch(p -> p.label().equals(LABEL)), results::toString);
        }

        @Test
        void villageNameFindsThePlace() {
            GeocodedPlace first = index.search("neudrossenfeld", 5, Locale.GERMAN).get(0);
            assertEquals(new GeocodedPlace("Neudrossenfeld", 50.0183416, 11.5011482, "place"), first);
        }

        @Test
        void hamletWithUmlautFoundWithoutIt() {
            GeocodedPlace first = index.search("dorflas", 5, Locale.GERMAN).get(0);
            assertEquals("Dörflas", first.label());
            assertEquals("place", first.kind());
        }

        @Test
        void sameStreetNameInAnotherVillageIsTellApartByTheVillage() {
            GeocodedPlace first = index.search("Hauptstraße Heinersreuth", 5, Locale.GERMAN).get(0);
            assertEquals("Hauptstraße 2, Heinersreuth", first.label());
        }

        @Test
        void reverseBesideTheBuildingGivesItsAddress() {
            Optional<GeocodedPlace> found = index.reverse(LAT + 0.0001, LON, Locale.GERMAN);
            assertEquals(LABEL, found.orElseThrow().label());
        }

        @Test
        void reverseFarFromHousesGivesStreetOrPlaceAndNothingOutsideTheMap() {
            GeocodedPlace inField = index.reverse(50.03, 11.50, Locale.GERMAN).orElseThrow();
            assertTrue(inField.kind().equals("street") || inField.kind().equals("place"), inField.toString());
            assertEquals(Optional.empty(), index.reverse(10.0, 10.0, Locale.GERMAN));
        }

        @Test
        void savedIndexLoadsWithTheSameAnswers(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("cache").resolve("geocoder.bin");
            index.save(file);
            GeocoderIndex loaded = GeocoderIndex.load(file);
            for (String query : List.of("Stöckigstraße 8", "stöckigstrasse", "neudrossenfeld", "Hauptstraße 11")) {
                assertEquals(index.search(query, 10, Locale.GERMAN), loaded.search(query, 10, Locale.GERMAN), query);
            }
            assertEquals(index.reverse(LAT + 0.0001, LON, null), loaded.reverse(LAT + 0.0001, LON, null));
            assertEquals(index.reverse(50.03, 11.50, null), loaded.reverse(50.03, 11.50, null));
            assertEquals(index.count("address"), loaded.count("address"));
        }
    }

    /** The PBF reader path, which skips ways and relations on the second pass. */
    @Nested
    class AndorraPbf {

        @Test
        void pbfExtractIsReadToo() throws IOException {
            Path extract = Path.of("..", "shared", "routing-data", "andorra.osm.pbf");
            Assumptions.assumeTrue(Files.exists(extract), extract.toAbsolutePath() + " absent: skipping");
            GeocoderIndex index = GeocoderIndex.build(extract);
            GeocodedPlace first = index.search("andorra la vella", 3, Locale.ENGLISH).get(0);
            assertEquals("Andorra la Vella", first.label());
            assertEquals("place", first.kind());
            assertTrue(index.count("street") > 100, "streets: " + index.count("street"));
        }
    }

    /** A tiny hand-written Chinese village: translated streets, an address node and an addressed building. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ChineseVillage {

        private static final String OSM = """
                <?xml version="1.0" encoding="UTF-8"?>
                <osm version="0.6" generator="test">
                  <node id="1" lat="30.3000" lon="112.2000"/>
                  <node id="2" lat="30.3000" lon="112.2020"/>
                  <node id="3" lat="30.3000" lon="112.2040"/>
                  <node id="4" lat="30.3010" lon="112.2000"/>
                  <node id="5" lat="30.3030" lon="112.2000"/>
                  <node id="11" lat="30.3020" lon="112.2010"/>
                  <node id="12" lat="30.3020" lon="112.2012"/>
                  <node id="13" lat="30.3022" lon="112.2012"/>
                  <node id="14" lat="30.3022" lon="112.2010"/>
                  <node id="100" lat="30.3005" lon="112.2030">
                    <tag k="place" v="village"/>
                    <tag k="name" v="青石镇"/>
                    <tag k="name:en" v="Qingshi Town"/>
                  </node>
                  <node id="101" lat="30.3001" lon="112.2021">
                    <tag k="addr:street" v="青石路"/>
                    <tag k="addr:housenumber" v="12"/>
                  </node>
                  <way id="200">
                    <nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/>
                    <tag k="building" v="house"/>
                    <tag k="addr:street" v="柳树街"/>
                    <tag k="addr:housenumber" v="5号"/>
                    <tag k="addr:city" v="青石镇"/>
                  </way>
                  <way id="300">
                    <nd ref="1"/><nd ref="2"/><nd ref="3"/>
                    <tag k="highway" v="residential"/>
                    <tag k="name" v="青石路"/>
                    <tag k="name:en" v="Qingshi Road"/>
                  </way>
                  <way id="301">
                    <nd ref="4"/><nd ref="5"/>
                    <tag k="highway" v="residential"/>
                    <tag k="name" v="柳树街"/>
                    <tag k="name:en" v="Willow Street"/>
                  </way>
                </osm>
                """;

        private GeocoderIndex index;

        @BeforeAll
        void build(@TempDir Path dir) throws IOException {
            Path extract = dir.resolve("village.osm");
            Files.writeString(extract, OSM, StandardCharsets.UTF_8);
            index = GeocoderIndex.build(extract);
        }

        @ParameterizedTest
        @ValueSource(strings = {"青石路12号", "青石 12", "青石镇青石路12号", "12 青石路"})
        void chineseQueriesFindTheAddress(String query) {
            GeocodedPlace first = index.search(query, 5, Locale.SIMPLIFIED_CHINESE).get(0);
            assertEquals(new GeocodedPlace("青石路12号, 青石镇", 30.3001, 112.2021, "address"), first, query);
        }

        @Test
        void englishQueryUsesTheStreetTranslation() {
            GeocodedPlace first = index.search("12 qingshi road", 5, Locale.ENGLISH).get(0);
            assertEquals(new GeocodedPlace("12 Qingshi Road, Qingshi Town", 30.3001, 112.2021, "address"), first);
        }

        @Test
        void buildingIsFoundAtTheCentreOfItsNodes() {
            GeocodedPlace chinese = index.search("柳树街5号", 5, Locale.CHINESE).get(0);
            assertEquals("柳树街5号, 青石镇", chinese.label());
            assertNear(30.3021, 112.2011, chinese, 1);
            GeocodedPlace english = index.search("willow st 5", 5, Locale.ENGLISH).get(0);
            assertEquals("5 Willow Street, Qingshi Town", english.label());
        }

        @Test
        void streetWithoutNumberAndVillage() {
            GeocodedPlace street = index.search("青石路", 5, Locale.CHINESE).get(0);
            assertEquals("street", street.kind());
            assertEquals("青石路, 青石镇", street.label());
            assertNear(30.3000, 112.2020, street, 30);
            GeocodedPlace village = index.search("qingshi town", 5, Locale.ENGLISH).get(0);
            assertEquals(new GeocodedPlace("Qingshi Town", 30.3005, 112.2030, "place"), village);
        }

        @Test
        void reverseFindsAddressThenStreet() {
            assertEquals("柳树街5号, 青石镇", index.reverse(30.30215, 112.2011, Locale.CHINESE).orElseThrow().label());
            GeocodedPlace street = index.reverse(30.3040, 112.2040, Locale.ENGLISH).orElseThrow();
            assertEquals("street", street.kind());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t", "!?,"})
        void blankQueryIsRejected(String query) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.search(query, 5, Locale.ENGLISH));
            assertTrue(e.getMessage().startsWith("query must"), e.getMessage());
        }

        @Test
        void nullQueryAndLimitBelowOneAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> index.search(null, 5, Locale.ENGLISH));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.search("青石路", 0, Locale.ENGLISH));
            assertTrue(e.getMessage().contains("limit"), e.getMessage());
        }

        @Test
        void unknownTextFindsNothing() {
            assertTrue(index.search("xyzzy", 5, null).isEmpty());
        }

        @Test
        void buildRejectsMissingOrNonOsmFiles(@TempDir Path dir) throws IOException {
            assertThrows(NoSuchFileException.class, () -> GeocoderIndex.build(dir.resolve("absent.osm.pbf")));
            Path text = Files.writeString(dir.resolve("notes.txt"), "not a map");
            assertThrows(IOException.class, () -> GeocoderIndex.build(text));
            Path broken = Files.writeString(dir.resolve("broken.osm"), "<osm><node id=\"1\" lat=");
            assertThrows(IOException.class, () -> GeocoderIndex.build(broken));
        }

        @Test
        void missingOrDamagedFileIsAClearIOException(@TempDir Path dir) throws IOException {
            assertThrows(NoSuchFileException.class, () -> GeocoderIndex.load(dir.resolve("absent.bin")));
            Path garbage = Files.writeString(dir.resolve("garbage.bin"), "not a geocoder index");
            IOException e = assertThrows(IOException.class, () -> GeocoderIndex.load(garbage));
            assertTrue(e.getMessage().contains("garbage.bin"), e.getMessage());
            Path saved = dir.resolve("geocoder.bin");
            index.save(saved);
            byte[] bytes = Files.readAllBytes(saved);
            Path truncated = Files.write(dir.resolve("truncated.bin"), Arrays.copyOf(bytes, bytes.length / 2));
            assertThrows(IOException.class, () -> GeocoderIndex.load(truncated));
            assertFalse(GeocoderIndex.load(saved).search("青石路12号", 1, null).isEmpty());
        }
    }
}
