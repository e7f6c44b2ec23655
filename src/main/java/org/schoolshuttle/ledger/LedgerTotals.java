package org.schoolshuttle.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sums of entries: by category, costs, income and what is left (income minus costs). */
public record LedgerTotals(Map<LedgerCategory, BigDecimal> byCategory, BigDecimal costs, BigDecimal income,
                           BigDecimal balance) {

    public static LedgerTotals of(List<LedgerEntry> entries) {
        Map<LedgerCategory, BigDecimal> by = new EnumMap<>(LedgerCategory.class);
        BigDecimal costs = BigDecimal.ZERO.setScale(2);
        BigDecimal income = BigDecimal.ZERO.setScale(2);
        for (LedgerEntry e : entries) {
            by.merge(e.category, e.amount, BigDecimal::add);
            if (e.category.cost()) {
                costs = costs.add(e.amount);
            } else {
                income = income.add(e.amount);
            }
        }
        return new LedgerTotals(by, costs, income, income.subtract(costs));
    }
}
