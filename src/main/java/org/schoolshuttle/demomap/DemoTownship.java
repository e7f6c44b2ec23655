package org.schoolshuttle.demomap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the fictional demo township as OSM XML 0.6, byte for byte the same on every run.
 * Argument: the output path, {@code routing-data/demo-township.osm.gz} by default; gzipped unless the name
 * ends in {@code .osm}, because GraphHopper recognises gzip by its content but plain XML only by that suffix.
 */
public final class DemoTownship {

    static final Path DEFAULT_OUTPUT = Path.of("routing-data", "demo-township.osm.gz");

    private DemoTownship() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        OsmData map = write(output);
        System.out.printf(Locale.ROOT, "wrote %d nodes and %d ways to %s%n",
                map.nodes().size(), map.ways().size(), output);
    }

    static OsmData write(Path output) throws IOException {
        OsmData map = Township.build();
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output));
             Writer xml = new OutputStreamWriter(encoded(output, file), StandardCharsets.UTF_8)) {
            new OsmWriter(xml).write(map);
        }
        return map;
    }

    // GZIPOutputStream writes a zero modification time into its header, so the bytes do not depend on when.
    private static OutputStream encoded(Path output, OutputStream file) throws IOException {
        boolean plain = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".osm");
        return plain ? file : new GZIPOutputStream(file, 1 << 16);
    }
}
