package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
class PointsSchemeRepository implements PanacheRepository<PointsScheme> {

    /** The village's scheme rows, oldest month first. */
    List<PointsScheme> ofVillage(long villageId) {
        return list("villageId", Sort.ascending("effectiveFrom"), villageId);
    }
}
