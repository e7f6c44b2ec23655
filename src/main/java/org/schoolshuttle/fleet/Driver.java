package org.schoolshuttle.fleet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Someone who drives school runs for a village: a resident volunteer, or employed by a sponsor. */
@Entity
public class Driver {

    public enum Kind { VOLUNTEER, EMPLOYED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String phone;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** Required for an employed driver; for a volunteer, optionally the group they volunteer with. */
    @Column(name = "employer_sponsor_id")
    public Long employerSponsorId;

    @Column(name = "licence_class")
    public String licenceClass;

    @Column(name = "licence_expiry")
    public LocalDate licenceExpiry;

    @Column(name = "background_check_on")
    public LocalDate backgroundCheckOn;

    @Column(name = "background_check_expiry")
    public LocalDate backgroundCheckExpiry;

    @Column(name = "training_on")
    public LocalDate trainingOn;

    /** Where the driver starts from, for planning; {@code null} when not given. */
    @Column(name = "home_lat")
    public Double homeLat;

    @Column(name = "home_lon")
    public Double homeLon;

    // A page of drivers loads their availability in a few queries, not one per driver.
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "driver_availability", joinColumns = @JoinColumn(name = "driver_id"))
    public Set<Availability> availability = new HashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * Whether the driver may drive a school run on the date: a licence valid that day (inclusive of the
     * expiry day) and valid vetting.
     */
    public Fitness fitness(LocalDate date, int trainingValidYears) {
        List<String> reasons = new ArrayList<>();
        if (date.isAfter(licenceExpiry)) {
            reasons.add("licence expired on " + licenceExpiry);
        }
        reasons.addAll(vetting().reasonsUnfitOn(date, trainingValidYears));
        return Fitness.of(date, reasons);
    }

    Vetting vetting() {
        return new Vetting(backgroundCheckOn, backgroundCheckExpiry, trainingOn);
    }

    void vetting(Vetting v) {
        backgroundCheckOn = v.backgroundCheckOn();
        backgroundCheckExpiry = v.backgroundCheckExpiry();
        trainingOn = v.trainingOn();
    }

    /** How the driver is named to people: Chinese names family name first without a space. */
    String displayName() {
        return PersonName.of(givenName, familyName);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("villageId", villageId);
        s.put("givenName", givenName);
        s.put("familyName", familyName);
        s.put("phone", phone);
        s.put("kind", kind);
        s.put("employerSponsorId", employerSponsorId);
        s.put("licenceClass", licenceClass);
        s.put("licenceExpiry", licenceExpiry);
        s.put("backgroundCheckOn", backgroundCheckOn);
        s.put("backgroundCheckExpiry", backgroundCheckExpiry);
        s.put("trainingOn", trainingOn);
        s.put("homeLat", homeLat);
        s.put("homeLon", homeLon);
        s.put("availability", availability.stream().map(AvailabilitySlot::from).sorted(AvailabilitySlot.WEEK_ORDER)
                .map(slot -> slot.dayOfWeek() + " " + slot.partOfDay()).toList());
        return s;
    }
}
