package org.schoolshuttle.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vehicle lent to the village's school runs, owned by a sponsor or by one of the village's drivers.
 * Its child seats are the hard capacity limit of every route it drives.
 */
@Entity
public class Vehicle {

    public enum Kind { MINIBUS, VAN, CAR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    /** Normalised: upper case, without spaces or the middle dot (鄂A·12345 is stored as 鄂A12345). */
    public String plate;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "child_seats")
    public int childSeats;

    @Column(name = "wheelchair_places")
    public int wheelchairPlaces;

    @Column(name = "booster_seats")
    public int boosterSeats;

    @Column(name = "inspection_expiry")
    public LocalDate inspectionExpiry;

    @Column(name = "insurance_expiry")
    public LocalDate insuranceExpiry;

    /** Exactly one of the two owners is set. */
    @Column(name = "owner_sponsor_id")
    public Long ownerSponsorId;

    @Column(name = "owner_driver_id")
    public Long ownerDriverId;

    /** Where the vehicle is kept overnight, if not at its owner driver's home. */
    @Column(name = "base_lat")
    public Double baseLat;

    @Column(name = "base_lon")
    public Double baseLon;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Whether the vehicle may carry children on the date: inspection and insurance valid that day (inclusive). */
    public Fitness fitness(LocalDate date) {
        List<String> reasons = new ArrayList<>();
        if (date.isAfter(inspectionExpiry)) {
            reasons.add("inspection expired on " + inspectionExpiry);
        }
        if (date.isAfter(insuranceExpiry)) {
            reasons.add("insurance expired on " + insuranceExpiry);
        }
        return Fitness.of(date, reasons);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("villageId", villageId);
        s.put("plate", plate);
        s.put("kind", kind);
        s.put("childSeats", childSeats);
        s.put("wheelchairPlaces", wheelchairPlaces);
        s.put("boosterSeats", boosterSeats);
        s.put("inspectionExpiry", inspectionExpiry);
        s.put("insuranceExpiry", insuranceExpiry);
        s.put("ownerSponsorId", ownerSponsorId);
        s.put("ownerDriverId", ownerDriverId);
        s.put("baseLat", baseLat);
        s.put("baseLon", baseLon);
        return s;
    }
}
