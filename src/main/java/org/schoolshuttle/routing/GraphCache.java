package org.schoolshuttle.routing;

import com.graphhopper.GraphHopper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The prepared graphs on disk. Each lives in a folder named after the extract and a key derived from the
 * extract's checksum and the profile configuration, so a new extract or a changed profile imports afresh
 * and an unchanged one only loads. Imports go to a scratch folder that is renamed when complete, so a
 * crash mid-import never leaves a half-written graph that looks finished. Each finished folder carries a seal (a
 * SHA-256 of every file in it), checked before loading, so a file damaged on disk later (truncated, overwritten)
 * is imported again instead of being loaded into a service that says it is ready and cannot route.
 */
final class GraphCache {

    private static final Logger LOG = Logger.getLogger(GraphCache.class);
    static final String GEOCODER_FILE = "geocoder.bin";
    static final String SEAL_FILE = "contents.sha256";

    private final Path osmFile;
    private final Path graphDir;
    private final String key;

    GraphCache(Path osmFile, Path graphDir) throws IOException {
        if (!Files.isRegularFile(osmFile)) {
            throw new IOException("Map extract not found: " + osmFile.toAbsolutePath()
                    + ". Set shuttle.routing.osm-file (env SHUTTLE_ROUTING_OSM_FILE) to an OpenStreetMap .osm.pbf, .osm or .osm.gz file.");
        }
        this.osmFile = osmFile;
        this.graphDir = graphDir;
        this.key = checksum(osmFile, GraphProfiles.fingerprint());
    }

    /** The cache key: first 16 hex digits of SHA-256 over the extract and the profile configuration. */
    String key() {
        return key;
    }

    Path folder() {
        return graphDir.resolve(baseName() + "-" + key);
    }

    /** Loads the prepared graph, importing it first when there is none or the cached one is unreadable. */
    GraphHopper loadOrImport() throws IOException {
        Path folder = folder();
        if (Files.isDirectory(folder) && !sealHolds(folder)) {
            LOG.warnf("Cached graph %s does not match its seal (a file was damaged, or it predates seals); importing again",
                    folder);
            deleteTree(folder);
        }
        if (Files.isDirectory(folder)) {
            try {
                GraphHopper hopper = load(folder);
                if (hopper != null && Files.isRegularFile(folder.resolve(GEOCODER_FILE))) {
                    return hopper;
                }
                if (hopper != null) {
                    hopper.close();
                }
                LOG.warnf("Cached graph %s is incomplete; importing again", folder);
            } catch (RuntimeException e) {
                LOG.warnf("Cached graph %s cannot be read (%s); importing again", folder, e.getMessage());
            }
            deleteTree(folder);
        }
        importInto(folder);
        GraphHopper hopper = load(folder);
        if (hopper == null) {
            throw new IOException("The graph imported into " + folder + " cannot be loaded");
        }
        removeStaleSiblings(folder);
        return hopper;
    }

    private GraphHopper load(Path folder) {
        GraphHopper hopper = configured(folder);
        hopper.setAllowWrites(false);
        return hopper.load() ? hopper : null;
    }

    private void importInto(Path folder) throws IOException {
        Files.createDirectories(graphDir);
        Path scratch = graphDir.resolve(folder.getFileName() + ".importing-" + ProcessHandle.current().pid());
        deleteTree(scratch);
        long start = System.nanoTime();
        LOG.infof("Importing %s into %s (first start, or the extract or profiles changed); this takes a while for a large region",
                osmFile, folder);
        GraphHopper hopper = configured(scratch);
        hopper.importAndClose();
        LOG.infof("Road graph prepared in %.1f s; building the geocoder", (System.nanoTime() - start) / 1e9);
        GeocoderIndex.build(osmFile).save(scratch.resolve(GEOCODER_FILE));
        Files.writeString(scratch.resolve(SEAL_FILE), contents(scratch));
        try {
            Files.move(scratch, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another instance finished the same import first; its result is identical.
            deleteTree(scratch);
        }
        LOG.infof("Import of %s finished in %.1f s", osmFile.getFileName(), (System.nanoTime() - start) / 1e9);
    }

    /** Whether every file the seal lists is there with the bytes it had when sealed (files added later don't count). */
    private static boolean sealHolds(Path folder) throws IOException {
        Path seal = folder.resolve(SEAL_FILE);
        if (!Files.isRegularFile(seal)) {
            return false;
        }
        List<String> lines = Files.readAllLines(seal, StandardCharsets.UTF_8);
        for (String line : lines) {
            int space = line.indexOf("  ");
            if (space < 0) {
                return false;
            }
            Path file = folder.resolve(line.substring(space + 2));
            if (!Files.isRegularFile(file) || !sha256(file).equals(line.substring(0, space))) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    /** One line per file but the seal, in name order: its SHA-256, two spaces, its path in the folder (sha256sum's form). */
    static String contents(Path folder) throws IOException {
        StringBuilder seal = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(SEAL_FILE))
                    .sorted().toList()) {
                seal.append(sha256(file)).append("  ").append(folder.relativize(file)).append('\n');
            }
        }
        return seal.toString();
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private GraphHopper configured(Path location) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(location.toString());
        GraphProfiles.configure(hopper);
        return hopper;
    }

    private void removeStaleSiblings(Path current) {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(graphDir, baseName() + "-*")) {
            for (Path sibling : siblings) {
                if (!sibling.equals(current) && !sibling.getFileName().toString().contains(".importing-")) {
                    LOG.infof("Removing graph %s prepared from an older extract or profile configuration", sibling);
                    deleteTree(sibling);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not tidy old graphs in %s: %s", graphDir, e.getMessage());
        }
    }

    private String baseName() {
        return osmFile.getFileName().toString().replaceAll("\\.(osm\\.pbf|osm\\.gz|osm|pbf)$", "");
    }

    private static String checksum(Path file, String fingerprint) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
