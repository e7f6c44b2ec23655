package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Adds roads to the map as ways over shared road nodes, bridging any obstacle they are told to cross. */
final class Roads {

    private static final double HALF_BRIDGE_METRES = 30;
    private static final Tags BRIDGE = Tags.of("bridge", "yes", "layer", "1");

    private final OsmData data;
    private final RoadSegments built = new RoadSegments();

    Roads(OsmData data) {
        this.data = data;
    }

    /**
     * Adds {@code line} with {@code tags}. Where it crosses one of {@code obstacles} the road is split and the
     * stretch over it becomes a way of its own tagged as a bridge, with nodes only on either bank, so the
     * road and the obstacle never share a node.
     */
    void add(Polyline line, Tags tags, List<Polyline> obstacles) {
        List<Station> stations = new ArrayList<>();
        List<double[]> spans = bridgeSpans(line, obstacles);
        for (int i = 0; i < line.points().size(); i++) {
            Xy point = line.points().get(i);
            if (!insideAny(spans, line.lengthAt(i))) {
                stations.add(new Station(line.lengthAt(i), point, Kind.ROAD));
            } else if (data.isRoadNode(point)) {
                throw new IllegalStateException("a junction at " + point + " would sit on a bridge");
            }
        }
        for (double[] span : spans) {
            stations.add(new Station(span[0], line.at(span[0]), Kind.BRIDGE_START));
            stations.add(new Station(span[1], line.at(span[1]), Kind.BRIDGE_END));
        }
        stations.sort(Comparator.comparingDouble(Station::s));
        emit(stations, tags);
        built.add(line, tags.get("name"));
    }

    RoadSegments built() {
        return built;
    }

    private enum Kind { ROAD, BRIDGE_START, BRIDGE_END }

    private record Station(double s, Xy at, Kind kind) {
    }

    private void emit(List<Station> stations, Tags tags) {
        List<Long> current = new ArrayList<>();
        for (Station station : stations) {
            long id = data.roadNode(station.at());
            if (current.isEmpty() || current.get(current.size() - 1) != id) {
                current.add(id);
            }
            if (station.kind() != Kind.ROAD && current.size() > 1) {
                data.way(current, station.kind() == Kind.BRIDGE_END ? tags.and(BRIDGE) : tags);
                current = new ArrayList<>(List.of(id));
            }
        }
        if (current.size() > 1) {
            data.way(current, tags);
        }
    }

    private static List<double[]> bridgeSpans(Polyline line, List<Polyline> obstacles) {
        List<double[]> spans = new ArrayList<>();
        for (Polyline obstacle : obstacles) {
            for (double s : line.crossings(obstacle)) {
                if (s < HALF_BRIDGE_METRES || s > line.length() - HALF_BRIDGE_METRES) {
                    throw new IllegalStateException("a road must not end on a bridge, at " + line.at(s));
                }
                spans.add(new double[] {s - HALF_BRIDGE_METRES, s + HALF_BRIDGE_METRES});
            }
        }
        return spans;
    }

    private static boolean insideAny(List<double[]> spans, double s) {
        return spans.stream().anyMatch(span -> s >= span[0] && s <= span[1]);
    }
}
