package org.schoolshuttle.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolshuttle.common.GeoPoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prepared-graph cache: reused while nothing changed, rebuilt when the extract changes or the cache is damaged. */
class GraphCacheTest {

    private static final Path DEMO = Path.of("routing-data", "demo-township.osm.gz");
    private static final GeoPoint LIUHE = new GeoPoint(30.329678, 112.187501);
    private static final GeoPoint SCHOOL = new GeoPoint(30.301124, 112.196250);

    @TempDir
    Path work;

    /** Imports the extract and closes it again; returns the cache key. */
    private static String firstImport(Path extract, Path graphs) throws IOException {
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            return graph.cacheKey();
        }
    }

    @Test
    void anUnchangedExtractIsLoadedFromTheCacheNotImportedAgain() throws IOException {
        Path extract = copyOfDemo("town.osm.gz", "");
        Path graphs = work.resolve("graphs");
        String key = firstImport(extract, graphs);
        Path folder = graphs.resolve("town-" + key);
        Path marker = Files.createFile(folder.resolve("marker-from-first-import"));
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            assertEquals(key, graph.cacheKey());
            assertTrue(Files.exists(marker), "the cached folder was reused, not rebuilt");
            assertEquals(4193.4, route(graph), 50.0);
        }
    }

    @Test
    void aChangedExtractIsImportedAfreshAndTheOldGraphRemoved() throws IOException {
        Path graphs = work.resolve("graphs");
        Path extract = copyOfDemo("town.osm.gz", "");
        String oldKey = firstImport(extract, graphs);
        copyOfDemo("town.osm.gz", "<!-- a new edition of the extract -->");
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            assertNotEquals(oldKey, graph.cacheKey());
            assertFalse(Files.exists(graphs.resolve("town-" + oldKey)), "the stale graph is removed");
            assertEquals(4193.4, route(graph), 50.0);
        }
    }

    @Test
    void aDamagedCacheIsRebuiltAndStillRoutesCorrectly() throws IOException {
        Path extract = copyOfDemo("town.osm.gz", "");
        Path graphs = work.resolve("graphs");
        Path folder = graphs.resolve("town-" + firstImport(extract, graphs));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[]{1, 2, 3});
            }
        }
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            assertEquals(4193.4, route(graph), 50.0);
            assertTrue(graph.geocoder().search("人民路5号", 1, Locale.CHINA).size() == 1);
        }
    }

    /** A graph file damaged after a clean import would load and then fail every route; the seal catches it first. */
    @Test
    void aTruncatedOrOverwrittenGraphFileIsCaughtByTheSealAndRebuilt() throws IOException {
        Path extract = copyOfDemo("town.osm.gz", "");
        Path graphs = work.resolve("graphs");
        Path folder = graphs.resolve("town-" + firstImport(extract, graphs));
        Path edges = folder.resolve("edges");
        assertTrue(Files.isRegularFile(edges), "GraphHopper keeps its edges in a file named edges");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(edges,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(1000);
        }
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            assertEquals(4193.4, route(graph), 50.0);
        }
        byte[] noise = new byte[2000];
        new java.util.Random(7).nextBytes(noise);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(edges,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(noise), 200);
        }
        try (RoadGraph graph = RoadGraph.open(extract, graphs)) {
            assertEquals(4193.4, route(graph), 50.0);
        }
    }

    @Test
    void aMissingExtractIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> RoadGraph.open(work.resolve("nowhere.osm.pbf"), work));
        assertTrue(e.getMessage().contains("shuttle.routing.osm-file"), e.getMessage());
    }

    private static double route(RoadGraph graph) {
        RoadRouter router = new RoadRouter(graph, new RoadSnapper(graph, 1000));
        return router.route(LIUHE, SCHOOL, TravelProfile.MINIBUS, Locale.ENGLISH, "").distanceMeters();
    }

    /** The demo extract, optionally with a comment appended so its checksum changes but not its content. */
    private Path copyOfDemo(String name, String comment) throws IOException {
        byte[] xml;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DEMO))) {
            xml = in.readAllBytes();
        }
        Path target = work.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(xml);
            out.write(comment.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return target;
    }
}
