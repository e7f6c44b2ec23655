package org.schoolshuttle.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a sponsor gave to its village's reward pool in a period and what rewards took from its money then, for the
 * sponsor's report. Volunteers are not named: a sponsor sees what its money did, not who received it.
 *
 * @param contributed the sponsor's contributions dated in the period
 * @param redeemed    what rewards dated in the period took from any of the sponsor's contributions
 * @param unspent     what of the sponsor's contributions up to the period's end no reward up to then had taken
 * @param volunteers  how many volunteers those rewards went to
 */
public record SponsorRewards(long sponsorId, LocalDate from, LocalDate to, BigDecimal contributed, BigDecimal redeemed,
                             BigDecimal unspent, int volunteers, List<Given> contributions, List<Rewarded> rewards) {

    public record Given(LocalDate contributedOn, BigDecimal amount, String note) {
    }

    /** @param amount what the sponsor's money paid of this reward */
    public record Rewarded(LocalDate redeemedOn, RewardRedemption.Reward reward, String item, BigDecimal amount,
                           int points) {
    }
}
