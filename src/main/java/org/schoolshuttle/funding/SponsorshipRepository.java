package org.schoolshuttle.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class SponsorshipRepository implements PanacheRepository<Sponsorship> {

    /** Sponsorships of the village covering any day of the period, oldest first. */
    List<Sponsorship> overlapping(long villageId, LocalDate from, LocalDate to) {
        return list("villageId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn >= ?2) order by startsOn, id",
                villageId, from, to);
    }
}
