package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** How much of one contribution paid for one redemption. */
@Entity
@Table(name = "reward_allocation")
@IdClass(RewardAllocation.Key.class)
public class RewardAllocation {

    @Id
    @Column(name = "redemption_id")
    public Long redemptionId;

    @Id
    @Column(name = "contribution_id")
    public Long contributionId;

    public BigDecimal amount;

    public static class Key implements Serializable {
        public Long redemptionId;
        public Long contributionId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.redemptionId, redemptionId)
                    && Objects.equals(k.contributionId, contributionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(redemptionId, contributionId);
        }
    }

    static RewardAllocation of(long redemptionId, long contributionId, BigDecimal amount) {
        RewardAllocation a = new RewardAllocation();
        a.redemptionId = redemptionId;
        a.contributionId = contributionId;
        a.amount = amount;
        return a;
    }
}
