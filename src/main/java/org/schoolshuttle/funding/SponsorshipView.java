package org.schoolshuttle.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param routeId   the route the sponsorship covers now (the one in the school's published plan when there is one)
 * @param status    {@code UPCOMING}, {@code ACTIVE} or {@code ENDED} on the village's today
 * @param endingSoon active and its last day within 30 days
 */
public record SponsorshipView(long id, long villageId, long sponsorId, String sponsorName, String target,
                              Long routeId, String routeName, Long vehicleId, String vehiclePlate,
                              LocalDate startsOn, LocalDate endsOn, Integer seatsCommitted,
                              BigDecimal amountCommitted, String note, String status, boolean endingSoon) {
}
