package org.schoolshuttle.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

/**
 * What a sponsor may see of the money: the totals of the routes it supports in the period, and the funds
 * recorded from it. No single entry, no other sponsor's name.
 */
public record SponsorLedgerView(long sponsorId, YearMonth from, YearMonth to, Set<Long> routeIds, LedgerTotals totals,
                                BigDecimal fundsFromSponsor) {
}
