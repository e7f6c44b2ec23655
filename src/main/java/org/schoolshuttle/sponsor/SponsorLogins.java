package org.schoolshuttle.sponsor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.InvalidInputException;

/** The read-only SPONSOR logins bound to a sponsor; a sponsor may have several, one per person. */
@ApplicationScoped
public class SponsorLogins {

    static final String AUDIT_TYPE = "account";

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final AuditLog audit;

    SponsorLogins(AccountService accountService, AccountRepository accounts, AuditLog audit) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * @throws ConflictException     when the user name is taken
     * @throws InvalidInputException when the password breaks the password policy
     */
    @Transactional(Transactional.TxType.MANDATORY)
    SponsorAccountView create(Sponsor sponsor, SponsorAccountRequest request) {
        Account account = accountService.open(request.username(), request.password(), Role.SPONSOR, request.displayName());
        account.sponsorId = sponsor.id;
        accountService.save(account, sponsor.villageId);
        return SponsorAccountView.from(account);
    }

    /** A deleted sponsor keeps nobody logged in to see it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void deleteAll(Sponsor sponsor) {
        for (Account account : accounts.list("sponsorId", sponsor.id)) {
            accounts.delete(account);
            audit.deleted(AUDIT_TYPE, account.id, sponsor.villageId);
        }
    }
}
