package org.schoolshuttle.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A secret link to one driver's or escort's upcoming runs; revoked links answer nothing. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    public String token;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
