package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A village's reward pool. Its row is what a redemption locks, so redemptions of the village go one at a time. */
@Entity
@Table(name = "reward_pool")
public class RewardPool {

    @Id
    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "created_at")
    public Instant createdAt;
}
