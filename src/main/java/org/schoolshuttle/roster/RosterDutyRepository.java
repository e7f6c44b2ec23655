package org.schoolshuttle.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RosterDutyRepository implements PanacheRepository<RosterDuty> {
}
