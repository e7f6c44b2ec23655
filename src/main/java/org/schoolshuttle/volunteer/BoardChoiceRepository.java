package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class BoardChoiceRepository implements PanacheRepository<BoardChoice> {

    BoardChoice of(Volunteer v) {
        return find(v.owner(1), v.id()).firstResult();
    }

    boolean named(Volunteer v) {
        BoardChoice c = of(v);
        return c == null || c.named;
    }

    /** Of the volunteers, those who chose not to be named. */
    Set<Volunteer> unnamed(Collection<Volunteer> volunteers) {
        List<BoardChoice> hidden = list("named = false and (driverId in ?1 or escortId in ?2)",
                Volunteer.ids(volunteers, VolunteerKind.DRIVER), Volunteer.ids(volunteers, VolunteerKind.ESCORT));
        Set<Volunteer> found = new HashSet<>();
        for (Volunteer v : volunteers) {
            if (hidden.stream().anyMatch(c -> v.owns(c.driverId, c.escortId))) {
                found.add(v);
            }
        }
        return found;
    }
}
