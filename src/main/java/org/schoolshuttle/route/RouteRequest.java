package org.schoolshuttle.route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** Who drives and escorts a route, how it is funded and by whom. */
public record RouteRequest(Long driverId, Long escortId,
                           @NotNull(message = "is required: SOCIAL_ORGANISATION, COMMUNITY_VOLUNTEER or CHARITY_FUNDED")
                           FundingModel fundingModel,
                           @Size(max = 20, message = "must name at most 20 sponsors") Set<Long> sponsorIds) {
}
