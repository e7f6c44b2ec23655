package org.schoolshuttle.family;

import org.schoolshuttle.common.Coordinates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child as the family and the village coordinator see them, home included.
 *
 * @param home the home on the walking network; {@code pin} the point placed or geocoded
 */
public record ChildView(long id, long guardianId, long schoolId, String givenName, String familyName, LocalDate birthDate,
                        int grade, String homeAddress, Coordinates home, Coordinates pin, boolean needsWheelchair,
                        boolean needsBooster, boolean handoverRequired, List<AdultView> authorisedAdults,
                        ChildStatus status, Instant withdrawnAt) {

    public record AdultView(String name, String phone, String relation) {
    }

    static ChildView from(Child c) {
        return new ChildView(c.id, c.guardianId, c.schoolId, c.givenName, c.familyName, c.birthDate, c.grade, c.homeAddress,
                c.homeLat == null ? null : Coordinates.of(c.homeLat, c.homeLon),
                c.pinLat == null ? null : Coordinates.of(c.pinLat, c.pinLon),
                c.needsWheelchair, c.needsBooster, c.handoverRequired,
                c.authorisedAdults.stream().map(a -> new AdultView(a.name, a.phone, a.relation)).toList(),
                c.status, c.withdrawnAt);
    }
}
