package org.schoolshuttle.family;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

@ApplicationScoped
public class ChildRepository implements PanacheRepository<Child> {

    public boolean exists(long guardianId, String givenName, String familyName, LocalDate birthDate) {
        return count("guardianId = ?1 and givenName = ?2 and familyName = ?3 and birthDate = ?4",
                guardianId, givenName, familyName, birthDate) > 0;
    }
}
