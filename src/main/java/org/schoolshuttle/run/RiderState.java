package org.schoolshuttle.run;

/** Where a child on a run is: still to board, on board, off (or handed to an adult), not there, or resolved by hand. */
public enum RiderState {
    EXPECTED, ON_BOARD, NO_SHOW, OFF, HANDED_OVER, EXCEPTION;

    /** Whether the child is accounted for: the run may be completed with them in this state. */
    boolean settled() {
        return this == OFF || this == HANDED_OVER || this == NO_SHOW || this == EXCEPTION;
    }
}
