package org.schoolshuttle.fleet;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

@ApplicationScoped
public class DriverInvitationRepository implements PanacheRepository<DriverInvitation> {

    /** Locked, so that two requests racing with the same code cannot both accept it. */
    Optional<DriverInvitation> findByCodeForUpdate(String code) {
        return find("codeHash", InvitationCode.hash(code)).withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    /** Withdraws the driver's invitations not yet accepted: only the newest code should work. */
    long deleteUnused(long driverId) {
        return delete("driverId = ?1 and usedAt is null", driverId);
    }
}
