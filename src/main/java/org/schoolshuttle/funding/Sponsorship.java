package org.schoolshuttle.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sponsor's support for one vehicle (every run it drives) or one route (every run of it and of its successors
 * in later plans) from {@code startsOn} to {@code endsOn} inclusive; open-ended while {@code endsOn} is null.
 */
@Entity
public class Sponsorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "sponsor_id")
    public Long sponsorId;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    /** Empty for a vehicle sponsorship; the first route and each successor for a route sponsorship. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sponsorship_route", joinColumns = @JoinColumn(name = "sponsorship_id"))
    @Column(name = "route_id")
    public Set<Long> routeIds = new HashSet<>();

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "seats_committed")
    public Integer seatsCommitted;

    @Column(name = "amount_committed")
    public BigDecimal amountCommitted;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public Long endedBy;

    public boolean coversVehicle() {
        return vehicleId != null;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether any day of {@code from}..{@code to} is covered. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && (endsOn == null || !endsOn.isBefore(from));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sponsorId", sponsorId);
        s.put("vehicleId", vehicleId);
        s.put("routeIds", new TreeSet<>(routeIds));
        s.put("startsOn", startsOn);
        s.put("endsOn", endsOn);
        s.put("seatsCommitted", seatsCommitted);
        s.put("amountCommitted", amountCommitted);
        s.put("note", note);
        return s;
    }
}
