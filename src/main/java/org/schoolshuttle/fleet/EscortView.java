package org.schoolshuttle.fleet;

import java.time.LocalDate;

public record EscortView(long id, long villageId, String givenName, String familyName, String phone, Long employerSponsorId,
                         LocalDate backgroundCheckOn, LocalDate backgroundCheckExpiry, LocalDate trainingOn) {

    static EscortView from(Escort e) {
        return new EscortView(e.id, e.villageId, e.givenName, e.familyName, e.phone, e.employerSponsorId,
                e.backgroundCheckOn, e.backgroundCheckExpiry, e.trainingOn);
    }
}
