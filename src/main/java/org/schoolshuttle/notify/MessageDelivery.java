package org.schoolshuttle.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message going out through one channel, tried until sent or out of attempts. */
@Entity
@Table(name = "message_delivery")
public class MessageDelivery {

    public enum Channel { EMAIL, WEBHOOK }

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id")
    public Long messageId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** An email address, or the phone number the webhook's gateway texts or calls. */
    public String address;

    @Column(name = "recipient_name")
    public String recipientName;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;
}
