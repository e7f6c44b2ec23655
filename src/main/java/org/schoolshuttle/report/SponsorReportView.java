package org.schoolshuttle.report;

import org.schoolshuttle.funding.SponsorshipView;
import org.schoolshuttle.volunteer.SponsorRewards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a sponsor's support delivered in a period. Counts only: no child, family or driver is named.
 *
 * @param seatsFunded   seats committed by the sponsorships in the period (a sponsorship committing money only
 *                      counts the seats of its route or vehicle)
 * @param seatsUsed     children on board per completed run, on average
 * @param moneyReceived sponsor funds recorded from the sponsor in the period's months
 * @param moneySpent    costs recorded on the routes it supports in the period's months
 * @param volunteerRewards what it gave to the village's reward pool for volunteers and what rewards took from it
 */
public record SponsorReportView(long sponsorId, String sponsorName, String sponsorKind, String villageName,
                                LocalDate from, LocalDate to, List<SponsorshipView> sponsorships, RunFigures runs,
                                int seatsFunded, double seatsUsed, BigDecimal moneyCommitted,
                                BigDecimal moneyReceived, BigDecimal moneySpent, List<Month> months,
                                SponsorRewards volunteerRewards) {

    /** One month's bar of the chart. */
    public record Month(YearMonth month, long runsCompleted, double km, long childrenServed, BigDecimal spent) {
    }
}
