package org.schoolshuttle.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One cost or income of a route in a month, in yuan. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "route_id")
    public Long routeId;

    /** The first day of the month the entry belongs to. */
    @Column(name = "month_start")
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    public LedgerCategory category;

    public BigDecimal amount;

    /** The sponsor whose funds these are; only for {@link LedgerCategory#SPONSOR_FUNDS}. */
    @Column(name = "sponsor_id")
    public Long sponsorId;

    public String note;

    @Column(name = "recorded_by")
    public Long recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("routeId", routeId);
        s.put("month", month);
        s.put("category", category);
        s.put("amount", amount);
        s.put("sponsorId", sponsorId);
        s.put("note", note);
        return s;
    }
}
