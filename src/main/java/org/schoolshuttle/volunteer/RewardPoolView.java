package org.schoolshuttle.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The village's reward pool: its balance is what was contributed less what rewards took from it.
 *
 * @param contributions newest first
 * @param redemptions   newest first
 */
public record RewardPoolView(long villageId, BigDecimal contributed, BigDecimal redeemed, BigDecimal balance,
                             List<Contribution> contributions, List<Redemption> redemptions) {

    /**
     * @param sponsorName {@code null} for the village's own money
     * @param unspent     what of it no reward has taken yet
     */
    public record Contribution(long id, Long sponsorId, String sponsorName, BigDecimal amount, BigDecimal unspent,
                               LocalDate contributedOn, String note, Instant recordedAt, String recordedBy) {
    }

    /** @param paidFrom the contributions that paid for it, oldest first */
    public record Redemption(long id, VolunteerKind volunteerKind, long volunteerId, String volunteerName,
                             RewardRedemption.Reward reward, String item, BigDecimal amount, int points,
                             LocalDate redeemedOn, String note, Instant recordedAt, String recordedBy,
                             List<Paid> paidFrom) {
    }

    /** @param sponsorId {@code null} for the village's own money */
    public record Paid(long contributionId, Long sponsorId, BigDecimal amount) {
    }
}
