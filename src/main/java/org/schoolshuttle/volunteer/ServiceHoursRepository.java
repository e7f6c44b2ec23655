package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
class ServiceHoursRepository implements PanacheRepository<ServiceHours> {

    private static final String CURRENT = " and not exists (select 1 from ServiceHours c where c.supersedesId = h.id)";

    /** Every entry of the volunteer, corrected ones included, newest first. */
    List<ServiceHours> history(Volunteer v) {
        return list("from ServiceHours h where h." + v.owner(1), Sort.descending("recordedAt", "id"), v.id());
    }

    /** The volunteer's entries that no correction supersedes. */
    List<ServiceHours> current(Volunteer v) {
        return list("from ServiceHours h where h." + v.owner(1) + CURRENT, v.id());
    }

    /** The current entries of a village's volunteers on the days from {@code from} to {@code to}. */
    List<ServiceHours> current(long villageId, LocalDate from, LocalDate to) {
        return list("from ServiceHours h where h.villageId = ?1 and h.serviceDate >= ?2 and h.serviceDate <= ?3"
                + CURRENT, villageId, from, to);
    }
}
