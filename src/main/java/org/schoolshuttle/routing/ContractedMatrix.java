package org.schoolshuttle.routing;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.index.Snap;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Many-to-many travel times on a contracted graph with buckets: one upward backward search per target
 * leaves (target, weight, metres) at every node it settles; one upward forward search per source then
 * meets those buckets. Costs |sources| + |targets| small searches instead of |sources| × |targets| routes.
 * Requires a profile whose weight is its travel time in seconds (see minibus.json).
 */
final class ContractedMatrix {

    /** Rounded shortcut weights (1 ms steps) must not make a correct label look stallable. */
    private static final double STALL_TOLERANCE = 0.001;
    private static final ThreadLocal<SearchSpace> SPACES = ThreadLocal.withInitial(SearchSpace::new);

    private final RoadGraph graph;
    private final TravelProfile profile;

    ContractedMatrix(RoadGraph graph, TravelProfile profile) {
        this.graph = graph;
        this.profile = profile;
    }

    /** @param queryGraph the graph with every source and target snap inserted */
    CellTable compute(QueryGraph queryGraph, List<Snap> sources, List<Snap> targets) {
        Search search = new Search(new QueryRoutingCHGraph(graph.contracted(profile), queryGraph), queryGraph);

        List<Bucket> buckets = IntStream.range(0, targets.size()).parallel()
                .mapToObj(t -> search.upward(targets.get(t).getClosestNode(), t, true)).toList();
        BucketIndex index = new BucketIndex(search.nodes, buckets);

        CellTable cells = new CellTable(sources.size(), targets.size());
        IntStream.range(0, sources.size()).parallel().forEach(s -> {
            Bucket forward = search.upward(sources.get(s).getClosestNode(), s, false);
            index.meet(forward, cells.seconds[s], cells.metres[s]);
        });
        return cells;
    }

    /** The nodes one upward search settled, with the weight and metres of reaching them. */
    record Bucket(int owner, int[] nodes, double[] weights, double[] metres, int size) {
    }

    private final class Search {
        final QueryRoutingCHGraph ch;
        final QueryGraph queryGraph;
        final ContractedDistances distances = graph.contractedDistances(profile);
        final int baseNodes = graph.hopper().getBaseGraph().getNodes();
        final int nodes;

        Search(QueryRoutingCHGraph ch, QueryGraph queryGraph) {
            this.ch = ch;
            this.queryGraph = queryGraph;
            this.nodes = ch.getNodes();
        }

        /** A search climbing the hierarchy from {@code start}; backward searches follow edges against their direction. */
        Bucket upward(int start, int owner, boolean backward) {
            RoutingCHEdgeExplorer expand = backward ? ch.createInEdgeExplorer() : ch.createOutEdgeExplorer();
            RoutingCHEdgeExplorer stall = backward ? ch.createOutEdgeExplorer() : ch.createInEdgeExplorer();
            SearchSpace space = SPACES.get();
            space.start(nodes);
            space.offer(start, 0, 0, 0);
            int[] settledNodes = new int[64];
            double[] weights = new double[64];
            double[] metres = new double[64];
            int size = 0;
            for (int v; (v = space.settleNext()) >= 0; ) {
                double weight = space.weight(v);
                if (stallable(v, weight, stall, space, !backward)) {
                    continue;
                }
                if (size == settledNodes.length) {
                    settledNodes = Arrays.copyOf(settledNodes, size * 2);
                    weights = Arrays.copyOf(weights, size * 2);
                    metres = Arrays.copyOf(metres, size * 2);
                }
                settledNodes[size] = v;
                weights[size] = weight;
                metres[size++] = space.metres(v);
                RoutingCHEdgeIterator edge = expand.setBaseNode(v);
                while (edge.next()) {
                    int adj = edge.getAdjNode();
                    if (!upward(v, adj)) {
                        continue;
                    }
                    double w = edge.getWeight(backward);
                    if (Double.isFinite(w)) {
                        space.offer(adj, weight + w, space.metres(v) + metres(edge), 0);
                    }
                }
            }
            return new Bucket(owner, settledNodes, weights, metres, size);
        }

        /** Stall-on-demand: a node reached more cheaply through a higher neighbour need not be expanded. */
        private boolean stallable(int v, double weight, RoutingCHEdgeExplorer explorer, SearchSpace space, boolean reverse) {
            RoutingCHEdgeIterator edge = explorer.setBaseNode(v);
            while (edge.next()) {
                int adj = edge.getAdjNode();
                if (space.isReached(adj) && space.weight(adj) + edge.getWeight(reverse) - weight < -STALL_TOLERANCE) {
                    return true;
                }
            }
            return false;
        }

        private boolean upward(int base, int adj) {
            return base >= baseNodes || adj >= baseNodes || ch.getLevel(base) <= ch.getLevel(adj);
        }

        private double metres(RoutingCHEdgeIteratorState edge) {
            if (edge.isShortcut()) {
                return distances.of(edge.getEdge());
            }
            int original = edge.getOrigEdge();
            return original < distances.baseEdges()
                    ? distances.of(original)
                    : queryGraph.getEdgeIteratorState(original, edge.getAdjNode()).getDistance();
        }
    }
}
