package org.schoolshuttle.routing;

import com.graphhopper.util.shapes.BBox;

import java.util.List;

/**
 * What a client needs to draw the map: the area the extract covers, the profiles and the credit to show.
 *
 * @param bounds {@code [minLon, minLat, maxLon, maxLat]}, as a GeoJSON bbox
 */
public record MapInfo(String extract, double[] bounds, List<String> profiles, String attribution) {

    static MapInfo of(RoadGraph graph, String attribution) {
        BBox b = graph.bounds();
        return new MapInfo(graph.osmFile().getFileName().toString(), new double[]{b.minLon, b.minLat, b.maxLon, b.maxLat},
                GraphProfiles.ids(), attribution);
    }
}
