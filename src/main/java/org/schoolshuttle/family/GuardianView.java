package org.schoolshuttle.family;

import java.time.Instant;

public record GuardianView(long id, String givenName, String familyName, String phone, String email,
                           Instant consentAt, String consentVersion, int nearMinutes) {

    static GuardianView from(Guardian g) {
        return new GuardianView(g.id, g.givenName, g.familyName, g.phone, g.email, g.consentAt, g.consentVersion, g.nearMinutes);
    }
}
