package org.schoolshuttle.sponsor;

import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.Role;

public record SponsorAccountView(long id, String username, String displayName, Role role, long sponsorId) {

    static SponsorAccountView from(Account a) {
        return new SponsorAccountView(a.id, a.username, a.displayName, a.role, a.sponsorId);
    }
}
