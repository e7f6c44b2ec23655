package org.schoolshuttle.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.NotFoundException;

import java.util.Set;

/**
 * The one place that decides whether the caller may see an object. Roles are checked on each endpoint
 * ({@code @RolesAllowed}, 403); these checks cover objects outside the caller's scope, answered with the
 * same 404 as a missing object so that nobody learns another family's or village's object exists.
 */
@ApplicationScoped
public class AccessPolicy {

    private final CurrentCaller current;

    AccessPolicy(CurrentCaller current) {
        this.current = current;
    }

    public Caller caller() {
        return current.get();
    }

    /** Administrators see every village; coordinators only their own. */
    public boolean coversVillage(Long villageId) {
        Caller caller = caller();
        return caller.is(Role.ADMIN) || (caller.is(Role.COORDINATOR) && caller.villageIds().contains(villageId));
    }

    /**
     * @throws NotFoundException when the village is outside the caller's scope
     */
    public void requireVillage(Long villageId, String what, Object id) {
        if (!coversVillage(villageId)) {
            throw new NotFoundException(what, id);
        }
    }

    /** The villages a list is limited to, or {@code null} for an administrator who sees them all. */
    public Set<Long> villageScope() {
        Caller caller = caller();
        return caller.is(Role.ADMIN) ? null : caller.villageIds();
    }

    /** A parent's own family. */
    public boolean isOwnFamily(Long guardianId) {
        Caller caller = caller();
        return caller.is(Role.PARENT) && guardianId != null && guardianId.equals(caller.guardianId());
    }

    /** What a sponsor's own login sees, and the coordinators of the sponsor's village (administrators too). */
    public boolean seesSponsor(long sponsorId, Long sponsorVillageId) {
        Caller caller = caller();
        return caller.is(Role.SPONSOR) ? Long.valueOf(sponsorId).equals(caller.sponsorId()) : coversVillage(sponsorVillageId);
    }
}
