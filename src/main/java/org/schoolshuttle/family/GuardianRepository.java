package org.schoolshuttle.family;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GuardianRepository implements PanacheRepository<Guardian> {
}
