package org.schoolshuttle.live;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RunPositionRepository implements PanacheRepository<RunPosition> {
}
