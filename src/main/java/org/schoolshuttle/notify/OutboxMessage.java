package org.schoolshuttle.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message to a family, queued with the change it tells of. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "guardian_id")
    public Long guardianId;

    @Column(name = "child_id")
    public Long childId;

    /** The recipient's own account when the message is not to a family (a coordinator, a driver). */
    @Column(name = "account_id")
    public Long accountId;

    /** The language {@code body} is written in. */
    public String language;

    public String topic;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
