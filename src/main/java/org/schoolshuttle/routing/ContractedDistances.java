package org.schoolshuttle.routing;

import com.graphhopper.storage.CHStorage;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.RoutingCHGraphImpl;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.util.EdgeIterator;

/**
 * The length in metres of every edge of a contracted graph, shortcuts included, computed once after
 * load. The matrix needs distances beside times and unpacking every shortcut per cell would cost far
 * more than the search itself.
 */
final class ContractedDistances {

    private final double[] metres;
    private final int baseEdges;

    ContractedDistances(RoutingCHGraph chGraph) {
        CHStorage storage = ((RoutingCHGraphImpl) chGraph).getCHStorage();
        baseEdges = chGraph.getBaseGraph().getEdges();
        metres = new double[baseEdges + storage.getShortcuts()];
        AllEdgesIterator edges = chGraph.getBaseGraph().getAllEdges();
        while (edges.next()) {
            metres[edges.getEdge()] = edges.getDistance();
        }
        // Shortcuts are stored sorted by the level of their lower node, so the edges a shortcut skips
        // always come earlier; one pass in id order sees every part before the whole.
        for (int s = 0; s < storage.getShortcuts(); s++) {
            long pointer = storage.toShortcutPointer(s);
            int skip1 = storage.getSkippedEdge1(pointer);
            int skip2 = storage.getSkippedEdge2(pointer);
            if (skip1 >= baseEdges + s || skip2 >= baseEdges + s || skip1 == EdgeIterator.NO_EDGE) {
                throw new IllegalStateException("Shortcut " + s + " skips an edge that is not yet known");
            }
            metres[baseEdges + s] = metres[skip1] + metres[skip2];
        }
    }

    /** Metres of a base edge or shortcut, by its contracted-graph edge id. */
    double of(int chEdge) {
        return metres[chEdge];
    }

    int baseEdges() {
        return baseEdges;
    }
}
