package org.schoolshuttle.run;

import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;

/** @param direction null for both directions */
public record AbsenceView(long id, long childId, LocalDate firstDay, LocalDate lastDay, Direction direction,
                          String note, Instant reportedAt) {

    static AbsenceView from(Absence a) {
        return new AbsenceView(a.id, a.childId, a.firstDay, a.lastDay, a.direction, a.note, a.reportedAt);
    }
}
