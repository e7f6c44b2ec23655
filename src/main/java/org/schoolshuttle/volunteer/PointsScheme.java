package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A village's points scheme from the first day of a month on, until a later month's row. */
@Entity
@Table(name = "points_scheme")
public class PointsScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "points_per_hour")
    public int pointsPerHour;

    @Column(name = "early_run_bonus")
    public int earlyRunBonus;

    @Column(name = "early_before")
    public LocalTime earlyBefore;

    @Column(name = "full_month_bonus")
    public int fullMonthBonus;

    @Column(name = "clean_record_bonus")
    public int cleanRecordBonus;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    PointsRules rules() {
        return new PointsRules(pointsPerHour, earlyRunBonus, earlyBefore, fullMonthBonus, cleanRecordBonus);
    }

    void apply(PointsSchemeRequest r) {
        pointsPerHour = r.pointsPerHour();
        earlyRunBonus = r.earlyRunBonus();
        earlyBefore = r.earlyBefore();
        fullMonthBonus = r.fullMonthBonus();
        cleanRecordBonus = r.cleanRecordBonus();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("effectiveFrom", effectiveFrom);
        s.put("pointsPerHour", pointsPerHour);
        s.put("earlyRunBonus", earlyRunBonus);
        s.put("earlyBefore", earlyBefore);
        s.put("fullMonthBonus", fullMonthBonus);
        s.put("cleanRecordBonus", cleanRecordBonus);
        return s;
    }
}
