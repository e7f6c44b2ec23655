package org.schoolshuttle.routing;

import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Roads a shuttle may stop on to let children board: reachable by minibus, and never a motorway or trunk
 * road (or their slip roads), where stopping would put children beside fast traffic.
 */
final class BusStopFilter implements EdgeFilter {

    private final EdgeFilter minibus;
    private final EnumEncodedValue<RoadClass> roadClass;

    BusStopFilter(EdgeFilter minibus, EnumEncodedValue<RoadClass> roadClass) {
        this.minibus = minibus;
        this.roadClass = roadClass;
    }

    @Override
    public boolean accept(EdgeIteratorState edge) {
        RoadClass road = edge.get(roadClass);
        return road != RoadClass.MOTORWAY && road != RoadClass.TRUNK && minibus.accept(edge);
    }
}
