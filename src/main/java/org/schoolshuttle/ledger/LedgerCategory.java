package org.schoolshuttle.ledger;

/** What an entry is for; the first four are costs, the rest income. */
public enum LedgerCategory {
    FUEL, DRIVER_PAY, INSURANCE, MAINTENANCE, SPONSOR_FUNDS, FAMILY_FEES, TOWNSHIP_SUBSIDY;

    public boolean cost() {
        return ordinal() <= MAINTENANCE.ordinal();
    }
}
