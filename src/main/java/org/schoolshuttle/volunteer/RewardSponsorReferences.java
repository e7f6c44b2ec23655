package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.sponsor.SponsorReferences;

import java.util.List;

/** A sponsor's contributions to a reward pool keep it from being deleted: the ledger must keep balancing. */
@ApplicationScoped
class RewardSponsorReferences implements SponsorReferences {

    private final RewardContributionRepository contributions;

    RewardSponsorReferences(RewardContributionRepository contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<String> describe(long sponsorId) {
        long count = contributions.count("sponsorId", sponsorId);
        return count == 0 ? List.of() : List.of(count + " reward pool contribution" + (count == 1 ? "" : "s"));
    }
}
