package org.schoolshuttle.school;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SchoolRepository implements PanacheRepository<School> {
}
