package org.schoolshuttle.route;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BusStopRepository implements PanacheRepository<BusStop> {
}
