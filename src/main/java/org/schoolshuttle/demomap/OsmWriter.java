package org.schoolshuttle.demomap;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes an {@link OsmData} as OSM XML 0.6: bounds, then every node, then every way. */
final class OsmWriter {

    private final Writer out;

    OsmWriter(Writer out) {
        this.out = out;
    }

    void write(OsmData data) throws IOException {
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n");
        // upload="never" makes editors such as JOSM refuse to upload this invented map to openstreetmap.org.
        out.write("<osm version=\"0.6\" generator=\"School Shuttle DemoTownship\" upload=\"never\">\n");
        writeBounds(data);
        for (OsmData.Node node : data.nodes()) {
            out.write("  <node id=\"" + node.id() + "\" version=\"1\" lat=\"" + degrees(Projection.lat(node.at()))
                    + "\" lon=\"" + degrees(Projection.lon(node.at())) + "\"");
            if (node.tags().entries().isEmpty()) {
                out.write("/>\n");
            } else {
                out.write(">\n");
                writeTags(node.tags());
                out.write("  </node>\n");
            }
        }
        for (OsmData.Way way : data.ways()) {
            out.write("  <way id=\"" + way.id() + "\" version=\"1\">\n");
            for (long ref : way.nodes()) {
                out.write("    <nd ref=\"" + ref + "\"/>\n");
            }
            writeTags(way.tags());
            out.write("  </way>\n");
        }
        out.write("</osm>\n");
    }

    private void writeBounds(OsmData data) throws IOException {
        double minLat = Double.MAX_VALUE, minLon = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        for (OsmData.Node node : data.nodes()) {
            minLat = Math.min(minLat, Projection.lat(node.at()));
            maxLat = Math.max(maxLat, Projection.lat(node.at()));
            minLon = Math.min(minLon, Projection.lon(node.at()));
            maxLon = Math.max(maxLon, Projection.lon(node.at()));
        }
        out.write("  <bounds minlat=\"" + degrees(minLat) + "\" minlon=\"" + degrees(minLon)
                + "\" maxlat=\"" + degrees(maxLat) + "\" maxlon=\"" + degrees(maxLon) + "\"/>\n");
    }

    private void writeTags(Tags tags) throws IOException {
        for (Tags.Tag tag : tags.entries()) {
            out.write("    <tag k=\"" + escape(tag.key()) + "\" v=\"" + escape(tag.value()) + "\"/>\n");
        }
    }

    // Fixed seven decimals (about a centimetre) in Locale.ROOT, so the bytes never depend on the machine.
    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.7f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
