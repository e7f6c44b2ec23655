package org.schoolshuttle.run;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RunEventRepository implements PanacheRepositoryBase<RunEvent, java.util.UUID> {
}
