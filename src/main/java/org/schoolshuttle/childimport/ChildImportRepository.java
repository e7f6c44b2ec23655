package org.schoolshuttle.childimport;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ChildImportRepository implements PanacheRepository<ChildImport> {
}
