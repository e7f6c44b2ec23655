package org.schoolshuttle.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A one-time code a coordinator hands a driver so they can create their own login. Only a hash of the
 * code is stored: whoever reads the database cannot accept an invitation.
 */
@Entity
@Table(name = "driver_invitation")
public class DriverInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "driver_id")
    public Long driverId;

    /** {@link InvitationCode#hash} of the code. */
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The account that issued the invitation. */
    @Column(name = "created_by")
    public Long createdBy;

    /** An invitation can be accepted once, before the moment it expires. */
    boolean acceptableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
