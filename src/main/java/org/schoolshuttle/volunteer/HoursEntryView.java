package org.schoolshuttle.volunteer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a volunteer's service hours as the history shows it.
 *
 * @param current        no correction supersedes it: its minutes count
 * @param supersedesId   the entry this one corrects, or {@code null} for an original entry
 * @param supersededById the correction that replaced it, or {@code null} while it is current
 * @param recordedBy     the coordinator's user name, or {@code system} for a run's credit
 */
public record HoursEntryView(long id, LocalDate serviceDate, HoursKind kind, int minutes, Long runId, String note,
                             int revision, Long supersedesId, Long supersededById, boolean current, Instant recordedAt,
                             String recordedBy) {

    static HoursEntryView from(ServiceHours e, Long supersededById) {
        return new HoursEntryView(e.id, e.serviceDate, e.kind, e.minutes, e.runId, e.note, e.revision, e.supersedesId,
                supersededById, supersededById == null, e.recordedAt, e.recordedBy);
    }
}
