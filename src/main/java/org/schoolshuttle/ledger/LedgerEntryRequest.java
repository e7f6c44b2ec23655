package org.schoolshuttle.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * @param month     the month the cost or income belongs to, as YYYY-MM
 * @param amount    yuan, more than 0, two decimals at most
 * @param sponsorId the sponsor whose funds these are; required for SPONSOR_FUNDS, refused otherwise
 */
public record LedgerEntryRequest(
        @NotNull(message = "is required, as YYYY-MM") YearMonth month,
        @NotNull(message = "is required") LedgerCategory category,
        @NotNull(message = "is required")
        @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in yuan with at most 2 decimals") BigDecimal amount,
        Long sponsorId,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
