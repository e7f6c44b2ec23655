package org.schoolshuttle.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.AccountView;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.PhoneNumber;

import java.time.Clock;

/** A parent signs up: a guardian record and a PARENT account, created together or not at all. */
@ApplicationScoped
public class SignupService {

    static final String AUDIT_TYPE = "guardian";

    private final GuardianRepository guardians;
    private final AccountService accounts;
    private final AuditLog audit;
    private final FamilyConfig config;
    private final Clock clock;

    SignupService(GuardianRepository guardians, AccountService accounts, AuditLog audit, FamilyConfig config, Clock clock) {
        this.guardians = guardians;
        this.accounts = accounts;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public AccountView signUp(SignupRequest request) {
        String phone = PhoneNumber.normalise(request.phone(), "phone");
        Account account = accounts.open(phone, request.password(), Role.PARENT,
                request.givenName().trim() + " " + request.familyName().trim());
        Guardian guardian = new Guardian();
        guardian.givenName = request.givenName().trim();
        guardian.familyName = request.familyName().trim();
        guardian.phone = phone;
        guardian.email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        guardian.consentAt = clock.instant();
        guardian.consentVersion = config.privacyNoticeVersion();
        guardian.createdAt = guardian.consentAt;
        guardians.persist(guardian);
        account.phone = phone;
        account.email = guardian.email;
        account.guardianId = guardian.id;
        accounts.save(account);
        audit.created(AUDIT_TYPE, guardian.id, null, guardian.snapshot());
        return AccountView.from(account);
    }
}
