package org.schoolshuttle.sponsor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Someone who resources a village's school runs; it belongs to one village. */
@Entity
public class Sponsor {

    /** The funding models the village practice knows (爱心企业, 社会组织, 慈善基金, 志愿者团队). */
    public enum Kind { COMPANY, SOCIAL_ORGANISATION, CHARITY_FUND, VOLUNTEER_GROUP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String name;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "created_at")
    public Instant createdAt;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("villageId", villageId);
        s.put("kind", kind);
        s.put("name", name);
        s.put("contactName", contactName);
        s.put("contactPhone", contactPhone);
        s.put("contactEmail", contactEmail);
        return s;
    }
}
