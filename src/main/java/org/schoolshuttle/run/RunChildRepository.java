package org.schoolshuttle.run;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RunChildRepository implements PanacheRepository<RunChild> {
}
