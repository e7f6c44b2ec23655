package org.schoolshuttle.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Escort;
import org.schoolshuttle.fleet.EscortRepository;
import org.schoolshuttle.fleet.PersonName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who counts as a volunteer: a driver of kind VOLUNTEER, or an escort no sponsor employs. Drivers and escorts
 * paid by a sponsor give paid work, not volunteered time, so they earn no hours or points.
 */
@ApplicationScoped
public class VolunteerRoll {

    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final AccessPolicy access;

    VolunteerRoll(DriverRepository drivers, EscortRepository escorts, AccessPolicy access) {
        this.drivers = drivers;
        this.escorts = escorts;
        this.access = access;
    }

    /** The village's volunteers, drivers first, each by name. */
    public List<Volunteer> ofVillage(long villageId) {
        List<Volunteer> all = new ArrayList<>();
        drivers.list("villageId = ?1 and kind = ?2", Sort.ascending("familyName", "givenName", "id"), villageId,
                Driver.Kind.VOLUNTEER).forEach(d -> all.add(of(d)));
        escorts.list("villageId = ?1 and employerSponsorId is null", Sort.ascending("familyName", "givenName", "id"),
                villageId).forEach(e -> all.add(of(e)));
        return all;
    }

    /**
     * A volunteer of the village, for its coordinators.
     *
     * @throws NotFoundException when the caller does not coordinate the village, or the village has no such volunteer
     */
    public Volunteer visible(long villageId, VolunteerKind kind, long id) {
        access.requireVillage(villageId, "Village", villageId);
        return find(kind, id).filter(v -> v.villageId() == villageId)
                .orElseThrow(() -> new NotFoundException("Volunteer " + kind.name().toLowerCase(), id));
    }

    /** @throws NotFoundException when the caller's login is not a volunteer driver's */
    public Volunteer me() {
        Caller caller = access.caller();
        return Optional.ofNullable(caller.driverId()).flatMap(id -> find(VolunteerKind.DRIVER, id))
                .orElseThrow(() -> new NotFoundException("Volunteer", "of this login"));
    }

    /** The volunteer, whatever the caller: empty when there is none or they are paid. */
    Optional<Volunteer> find(VolunteerKind kind, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        if (kind == VolunteerKind.DRIVER) {
            return drivers.findByIdOptional(id).filter(d -> d.kind == Driver.Kind.VOLUNTEER).map(VolunteerRoll::of);
        }
        return escorts.findByIdOptional(id).filter(e -> e.employerSponsorId == null).map(VolunteerRoll::of);
    }

    private static Volunteer of(Driver d) {
        return new Volunteer(VolunteerKind.DRIVER, d.id, d.villageId, PersonName.of(d.givenName, d.familyName));
    }

    private static Volunteer of(Escort e) {
        return new Volunteer(VolunteerKind.ESCORT, e.id, e.villageId, PersonName.of(e.givenName, e.familyName));
    }
}
