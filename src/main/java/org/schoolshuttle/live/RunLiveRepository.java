package org.schoolshuttle.live;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RunLiveRepository implements PanacheRepositoryBase<RunLive, Long> {
}
