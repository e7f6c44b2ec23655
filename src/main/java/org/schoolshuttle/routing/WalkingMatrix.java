package org.schoolshuttle.routing;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many-to-many for a profile that is not contracted (the child walk, whose weight prefers quiet paths
 * and so is not its travel time): one Dijkstra per source over the whole graph, stopping once every
 * target is settled. Walks are short, so the searches stay local.
 */
final class WalkingMatrix {

    private static final ThreadLocal<SearchSpace> SPACES = ThreadLocal.withInitial(SearchSpace::new);

    private final RoadGraph graph;
    private final TravelProfile profile;

    WalkingMatrix(RoadGraph graph, TravelProfile profile) {
        this.graph = graph;
        this.profile = profile;
    }

    /** @param queryGraph the graph with every source and target snap inserted */
    CellTable compute(QueryGraph queryGraph, List<Snap> sources, List<Snap> targets) {
        Weighting weighting = queryGraph.wrapWeighting(graph.weighting(profile));
        int[] targetNodes = targets.stream().mapToInt(Snap::getClosestNode).toArray();
        Set<Integer> wanted = Arrays.stream(targetNodes).boxed().collect(Collectors.toSet());
        CellTable cells = new CellTable(sources.size(), targets.size());
        IntStream.range(0, sources.size()).parallel().forEach(s ->
                search(queryGraph, weighting, sources.get(s).getClosestNode(), targetNodes, wanted, cells, s));
        return cells;
    }

    private void search(QueryGraph queryGraph, Weighting weighting, int source, int[] targetNodes, Set<Integer> wanted,
                        CellTable cells, int row) {
        SearchSpace space = SPACES.get();
        space.start(queryGraph.getNodes());
        space.offer(source, 0, 0, 0);
        EdgeExplorer explorer = queryGraph.createEdgeExplorer();
        int pending = wanted.size();
        for (int v; pending > 0 && (v = space.settleNext()) >= 0; ) {
            if (wanted.contains(v)) {
                pending--;
            }
            EdgeIterator edge = explorer.setBaseNode(v);
            while (edge.next()) {
                double w = weighting.calcEdgeWeight(edge, false);
                if (Double.isFinite(w)) {
                    space.offer(edge.getAdjNode(), space.weight(v) + w, space.metres(v) + edge.getDistance(),
                            space.seconds(v) + weighting.calcEdgeMillis(edge, false) / 1000.0);
                }
            }
        }
        for (int t = 0; t < targetNodes.length; t++) {
            if (space.isReached(targetNodes[t])) {
                cells.seconds[row][t] = space.seconds(targetNodes[t]);
                cells.metres[row][t] = space.metres(targetNodes[t]);
            }
        }
    }
}
