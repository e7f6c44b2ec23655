package org.schoolshuttle.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

public record LedgerEntryView(long id, long routeId, YearMonth month, LedgerCategory category, boolean cost,
                              BigDecimal amount, Long sponsorId, String note, Instant recordedAt) {

    static LedgerEntryView from(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.routeId, YearMonth.from(e.month), e.category, e.category.cost(), e.amount,
                e.sponsorId, e.note, e.recordedAt);
    }
}
