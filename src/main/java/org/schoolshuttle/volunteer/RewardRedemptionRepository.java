package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RewardRedemptionRepository implements PanacheRepository<RewardRedemption> {
}
