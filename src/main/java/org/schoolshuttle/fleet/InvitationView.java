package org.schoolshuttle.fleet;

import java.time.Instant;

/** The code to hand to the driver; it is shown this once and never stored in clear. */
public record InvitationView(String code, Instant expiresAt) {
}
