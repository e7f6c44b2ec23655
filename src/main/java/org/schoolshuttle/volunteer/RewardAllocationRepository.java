package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RewardAllocationRepository implements PanacheRepositoryBase<RewardAllocation, RewardAllocation.Key> {
}
