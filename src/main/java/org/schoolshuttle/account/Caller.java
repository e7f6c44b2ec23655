package org.schoolshuttle.account;

import java.util.Set;

/**
 * Who is making the current request, as the access policy needs it.
 *
 * @param villageIds the villages a coordinator coordinates; empty for other roles
 * @param guardianId the family of a parent, else {@code null}
 * @param driverId   the driver record of a driver, else {@code null}
 * @param sponsorId  the sponsor of a sponsor account, else {@code null}
 * @param language   {@code zh} or {@code en}, as the account chose
 */
public record Caller(long accountId, String username, Role role, Set<Long> villageIds,
                     Long guardianId, Long driverId, Long sponsorId, String language) {

    static Caller of(Account account) {
        return new Caller(account.id, account.username, account.role, Set.copyOf(account.villageIds),
                account.guardianId, account.driverId, account.sponsorId, account.language);
    }

    /** The language the account chose, for answers that have words in them when the request names none. */
    public java.util.Locale locale() {
        return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
