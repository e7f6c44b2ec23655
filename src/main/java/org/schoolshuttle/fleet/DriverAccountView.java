package org.schoolshuttle.fleet;

import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.Role;

/** The login an accepted invitation created. */
public record DriverAccountView(long id, String username, String displayName, Role role, long driverId) {

    static DriverAccountView from(Account a) {
        return new DriverAccountView(a.id, a.username, a.displayName, a.role, a.driverId);
    }
}
