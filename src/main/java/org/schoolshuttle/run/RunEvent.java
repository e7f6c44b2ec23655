package org.schoolshuttle.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What the driver's phone reported about a child, kept under the phone's own id so a replay is recognised. */
@Entity
@Table(name = "run_event")
public class RunEvent {

    /** What happened to the child. */
    public enum Type { CHECKED_ON, NO_SHOW, CHECKED_OFF, HANDED_OVER }

    @Id
    public UUID id;

    @Column(name = "run_id")
    public Long runId;

    @Column(name = "child_id")
    public Long childId;

    @Enumerated(EnumType.STRING)
    public Type type;

    @Column(name = "adult_name")
    public String adultName;

    public String note;

    @Column(name = "device_time")
    public Instant deviceTime;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "account_id")
    public Long accountId;
}
