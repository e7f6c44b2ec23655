package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Money given to a village's reward pool by one of its sponsors, or by the village itself. */
@Entity
@Table(name = "reward_contribution")
public class RewardContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    /** {@code null}: the village's own money. */
    @Column(name = "sponsor_id")
    public Long sponsorId;

    public BigDecimal amount;

    @Column(name = "contributed_on")
    public LocalDate contributedOn;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sponsorId", sponsorId);
        s.put("amount", amount);
        s.put("contributedOn", contributedOn);
        s.put("note", note);
        return s;
    }
}
