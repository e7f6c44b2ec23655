package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map being built: nodes and ways numbered from 1 in the order they are added, which is also the order
 * they are written, so ids ascend as OSM readers expect.
 */
final class OsmData {

    record Node(long id, Xy at, Tags tags) {
    }

    record Way(long id, List<Long> nodes, Tags tags) {
    }

    // Road nodes are keyed by position to the centimetre: two roads drawn through the same point join there.
    private record Position(long x, long y) {
        static Position of(Xy at) {
            return new Position(Math.round(at.x() * 100), Math.round(at.y() * 100));
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Way> ways = new ArrayList<>();
    private final Map<Position, Long> roadNodes = new HashMap<>();

    /** A node that is not part of the road network (a place, an address, a river point). */
    long node(Xy at, Tags tags) {
        long id = nodes.size() + 1L;
        nodes.add(new Node(id, at, tags));
        return id;
    }

    /** The road node at this position, created on first use. */
    long roadNode(Xy at) {
        return roadNodes.computeIfAbsent(Position.of(at), position -> node(at, Tags.NONE));
    }

    /** A tagged road node (a junction with signals, say) that must be new at this position. */
    long junction(Xy at, Tags tags) {
        if (isRoadNode(at)) {
            throw new IllegalStateException("a road node already exists at " + at);
        }
        long id = node(at, tags);
        roadNodes.put(Position.of(at), id);
        return id;
    }

    boolean isRoadNode(Xy at) {
        return roadNodes.containsKey(Position.of(at));
    }

    void way(List<Long> nodeIds, Tags tags) {
        ways.add(new Way(ways.size() + 1L, List.copyOf(nodeIds), tags));
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Way> ways() {
        return ways;
    }
}
