package org.schoolshuttle.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A route's money in one month beside what it delivered.
 *
 * @param childrenServed distinct children recorded on board on the route's completed runs that month
 * @param familiesServed their distinct families
 * @param costPerChild   costs divided by children served; {@code null} when nobody rode
 * @param feePerFamily   family fees divided by families served; {@code null} when nobody rode
 */
public record RouteMonthView(long routeId, String routeName, YearMonth month, List<LedgerEntryView> entries,
                             LedgerTotals totals, long completedRuns, long childrenServed, long familiesServed,
                             BigDecimal costPerChild, BigDecimal feePerFamily) {
}
