package org.schoolshuttle.run;

/**
 * What became of a batch: every event was recorded, or was already recorded before (a replay).
 *
 * @param run the run afterwards, with its counts of children by state
 */
public record EventOutcome(int recorded, int alreadyRecorded, RunView run) {
}
