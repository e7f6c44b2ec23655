package org.schoolshuttle.family;

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
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registered child: who they are, which school and grade, where home is (the address as given, the
 * pin as placed, and the point on the walking network it snapped to), and what they need on board.
 */
@Entity
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "guardian_id")
    public Long guardianId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public int grade;

    @Column(name = "home_address")
    public String homeAddress;

    /** The home on the child_walk network; where walking routes start. */
    @Column(name = "home_lat")
    public Double homeLat;

    @Column(name = "home_lon")
    public Double homeLon;

    /** The point the family placed or the geocoder found, before snapping. */
    @Column(name = "pin_lat")
    public Double pinLat;

    @Column(name = "pin_lon")
    public Double pinLon;

    @Column(name = "needs_wheelchair")
    public boolean needsWheelchair;

    @Column(name = "needs_booster")
    public boolean needsBooster;

    /** Whether the child must be handed to the guardian or an authorised adult at drop-off. */
    @Column(name = "handover_required")
    public boolean handoverRequired;

    @Enumerated(EnumType.STRING)
    public ChildStatus status;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "authorised_adult", joinColumns = @JoinColumn(name = "child_id"))
    public List<AuthorisedAdult> authorisedAdults = new ArrayList<>();

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("givenName", givenName);
        s.put("familyName", familyName);
        s.put("birthDate", birthDate);
        s.put("grade", grade);
        s.put("schoolId", schoolId);
        s.put("homeAddress", homeAddress);
        s.put("homeLat", homeLat);
        s.put("homeLon", homeLon);
        s.put("needsWheelchair", needsWheelchair);
        s.put("needsBooster", needsBooster);
        s.put("handoverRequired", handoverRequired);
        s.put("authorisedAdults", authorisedAdults.stream().map(a -> a.name + " " + a.phone).toList());
        s.put("status", status);
        return s;
    }
}
