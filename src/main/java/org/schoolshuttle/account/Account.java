package org.schoolshuttle.account;

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

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Someone who logs in. A parent's account points at their guardian record, a driver's at their driver
 * record, a sponsor's at the sponsor; a coordinator's lists the villages they coordinate.
 */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "display_name")
    public String displayName;

    public String phone;
    public String email;

    @Column(name = "guardian_id")
    public Long guardianId;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "sponsor_id")
    public Long sponsorId;

    @Column(name = "failed_logins")
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The language of messages and pages: {@code zh} or {@code en}. */
    public String language = "zh";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coordinator_village", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "village_id")
    public Set<Long> villageIds = new HashSet<>();
}
