package org.schoolshuttle.routing;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.storage.index.Snap;
import org.schoolshuttle.common.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Travel-time matrices: snaps every point, then picks the search that fits the profile. */
final class TravelMatrix {

    private final RoadGraph graph;
    private final RoadSnapper snapper;

    TravelMatrix(RoadGraph graph, RoadSnapper snapper) {
        this.graph = graph;
        this.snapper = snapper;
    }

    /**
     * @throws UnroutablePointException naming the first source or target that cannot be placed on the network
     */
    CellTable compute(TravelProfile profile, List<GeoPoint> sources, List<GeoPoint> targets) {
        List<Snap> sourceSnaps = snapAll(profile, sources, "sources");
        List<Snap> targetSnaps = snapAll(profile, targets, "targets");
        List<Snap> all = new ArrayList<>(sourceSnaps);
        all.addAll(targetSnaps);
        // Inserting the snaps turns each one's closest node into the virtual node the searches start from.
        QueryGraph queryGraph = QueryGraph.create(graph.hopper().getBaseGraph(), all);
        return profile.contracted()
                ? new ContractedMatrix(graph, profile).compute(queryGraph, sourceSnaps, targetSnaps)
                : new WalkingMatrix(graph, profile).compute(queryGraph, sourceSnaps, targetSnaps);
    }

    private List<Snap> snapAll(TravelProfile profile, List<GeoPoint> points, String field) {
        return IntStream.range(0, points.size()).parallel()
                .mapToObj(i -> snapper.snap(points.get(i), profile, field + "[" + i + "]"))
                .toList();
    }
}
