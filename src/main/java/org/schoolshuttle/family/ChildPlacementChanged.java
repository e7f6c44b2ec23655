package org.schoolshuttle.family;

/**
 * A child was registered, moved home, changed school or grade, or was withdrawn: their seat must be found
 * again. Fired inside the change's transaction; observers act once it has committed.
 */
public record ChildPlacementChanged(long childId) {
}
