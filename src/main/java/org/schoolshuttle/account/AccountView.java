package org.schoolshuttle.account;

import java.util.List;

/** An account as its owner and administrators see it; never the password hash. */
public record AccountView(long id, String username, Role role, String displayName, String phone, String email,
                          List<Long> villageIds, Long guardianId, Long driverId, Long sponsorId, String language) {

    public static AccountView from(Account a) {
        return new AccountView(a.id, a.username, a.role, a.displayName, a.phone, a.email,
                a.villageIds.stream().sorted().toList(), a.guardianId, a.driverId, a.sponsorId,
                a.language);
    }
}
