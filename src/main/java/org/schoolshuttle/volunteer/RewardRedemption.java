package org.schoolshuttle.volunteer;

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

/** A reward a volunteer received for points: an item, or money, paid from the village's pool. */
@Entity
@Table(name = "reward_redemption")
public class RewardRedemption {

    public enum Reward { ITEM, MONEY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    @Enumerated(EnumType.STRING)
    public Reward reward;

    /** What the item was; {@code null} for money. */
    public String item;

    /** Money taken from the pool: the money given, or what the item cost (0 for an item given in kind). */
    public BigDecimal amount;

    public int points;

    @Column(name = "redeemed_on")
    public LocalDate redeemedOn;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("driverId", driverId);
        s.put("escortId", escortId);
        s.put("reward", reward);
        s.put("item", item);
        s.put("amount", amount);
        s.put("points", points);
        s.put("redeemedOn", redeemedOn);
        s.put("note", note);
        return s;
    }
}
