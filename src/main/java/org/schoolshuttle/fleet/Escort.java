package org.schoolshuttle.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An adult (照管人员) who rides along to look after the children; vetted like a driver, needs no licence. */
@Entity
public class Escort {

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

    /** The sponsor who employs or sends the escort; {@code null} for a resident volunteer. */
    @Column(name = "employer_sponsor_id")
    public Long employerSponsorId;

    @Column(name = "background_check_on")
    public LocalDate backgroundCheckOn;

    @Column(name = "background_check_expiry")
    public LocalDate backgroundCheckExpiry;

    @Column(name = "training_on")
    public LocalDate trainingOn;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Whether the escort may ride with children on the date. */
    public Fitness fitness(LocalDate date, int trainingValidYears) {
        return Fitness.of(date, vetting().reasonsUnfitOn(date, trainingValidYears));
    }

    Vetting vetting() {
        return new Vetting(backgroundCheckOn, backgroundCheckExpiry, trainingOn);
    }

    void vetting(Vetting v) {
        backgroundCheckOn = v.backgroundCheckOn();
        backgroundCheckExpiry = v.backgroundCheckExpiry();
        trainingOn = v.trainingOn();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("villageId", villageId);
        s.put("givenName", givenName);
        s.put("familyName", familyName);
        s.put("phone", phone);
        s.put("employerSponsorId", employerSponsorId);
        s.put("backgroundCheckOn", backgroundCheckOn);
        s.put("backgroundCheckExpiry", backgroundCheckExpiry);
        s.put("trainingOn", trainingOn);
        return s;
    }
}
