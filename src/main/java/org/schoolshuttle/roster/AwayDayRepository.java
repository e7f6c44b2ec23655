package org.schoolshuttle.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AwayDayRepository implements PanacheRepositoryBase<AwayDay, AwayDay.Key> {
}
