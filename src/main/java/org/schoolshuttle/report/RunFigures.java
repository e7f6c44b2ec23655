package org.schoolshuttle.report;

/**
 * What a set of runs delivered.
 *
 * @param scheduled      every run generated for the days (whatever became of it)
 * @param onTimePercent  completed runs that completed within 5 minutes of their planned end, in % of completed;
 *                       {@code null} when none was completed
 * @param km             the planned length of the completed runs' routes
 * @param incidents      alerts raised on the runs for a child unaccounted for or a run not completed
 * @param childrenServed distinct children recorded on board on a completed run
 * @param ridersPerRun   children on board per completed run, on average
 */
public record RunFigures(long scheduled, long completed, long cancelled, Integer onTimePercent, double km,
                         long incidents, long childrenServed, double ridersPerRun) {
}
