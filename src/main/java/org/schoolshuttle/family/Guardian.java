package org.schoolshuttle.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A parent or other guardian: the person behind a family's account. */
@Entity
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String phone;
    public String email;

    /** When the guardian accepted the privacy notice, and which version of it. */
    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "consent_version")
    public String consentVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** "The shuttle is about N minutes away" is sent this many minutes before it reaches the family's stop. */
    @jakarta.persistence.Column(name = "near_minutes")
    public int nearMinutes = 5;

    /**
     * The language of messages to a family without a log-in ({@code zh} or {@code en}; null: Chinese), as the
     * coordinator's import gave it. Once the family signs up, their account's choice wins.
     */
    public String language;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("givenName", givenName);
        s.put("familyName", familyName);
        s.put("phone", phone);
        s.put("email", email);
        s.put("consentAt", consentAt);
        s.put("consentVersion", consentVersion);
        s.put("nearMinutes", nearMinutes);
        s.put("language", language);
        return s;
    }
}
