package org.schoolshuttle.routing;

import org.schoolshuttle.planning.WalkDistances;

/** Walking distances from homes to candidate stops along the child_walk network, from one matrix search. */
final class RoadWalkDistances implements WalkDistances {

    private final double[][] metres;

    RoadWalkDistances(CellTable cells) {
        this.metres = cells.metres;
    }

    @Override
    public int homes() {
        return metres.length;
    }

    @Override
    public int stops() {
        return metres.length == 0 ? 0 : metres[0].length;
    }

    @Override
    public double metres(int home, int stop) {
        return metres[home][stop];
    }
}
