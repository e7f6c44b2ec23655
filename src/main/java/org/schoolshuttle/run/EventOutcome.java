package org.schoolshuttle.run;

/**
 * What became of a batch: every event was recorded, or was already recorded before (a replay).
 *
 * @param status   the run's status afterwards
 * @param children the run's children by state afterwards
 */
public record EventOutcome(int recorded, int alreadyRecorded, RunStatus status, RunView.Count children) {
}
