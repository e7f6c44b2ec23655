package org.schoolshuttle.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * A village's roster for a span of days, with each volunteer's drives per month, so everyone can see the load is
 * shared fairly.
 */
public record RosterView(long villageId, LocalDate from, LocalDate to, List<DutyView> duties, List<Drives> drives) {

    /** @param month as YYYY-MM */
    public record Drives(long driverId, String name, String month, long drives) {
    }
}
