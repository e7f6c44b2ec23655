package org.schoolshuttle.fleet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.AccountsConfig;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Driver invitations: a coordinator issues a one-time code, the driver turns it into their own login. */
@ApplicationScoped
public class InvitationService {

    static final String AUDIT_TYPE = "driver_invitation";
    static final String ACCOUNT_AUDIT_TYPE = "account";

    private final DriverInvitationRepository invitations;
    private final DriverRepository drivers;
    private final DriverService driverService;
    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountsConfig config;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    InvitationService(DriverInvitationRepository invitations, DriverRepository drivers, DriverService driverService,
                      AccountRepository accounts, AccountService accountService, AccountsConfig config,
                      AccessPolicy access, AuditLog audit, Clock clock) {
        this.invitations = invitations;
        this.drivers = drivers;
        this.driverService = driverService;
        this.accounts = accounts;
        this.accountService = accountService;
        this.config = config;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a new code for the driver, valid for {@code shuttle.accounts.invitation-valid-hours}; the
     * driver's older unused codes stop working.
     *
     * @throws NotFoundException when the driver is outside the caller's villages
     * @throws ConflictException when the driver already has a login
     */
    @Transactional
    public InvitationView invite(long driverId) {
        Driver driver = driverService.visible(driverId);
        if (accounts.count("driverId", driverId) > 0) {
            throw new ConflictException("driverId", "the driver already has a login");
        }
        invitations.deleteUnused(driverId);
        String code = InvitationCode.generate();
        DriverInvitation invitation = new DriverInvitation();
        invitation.driverId = driverId;
        invitation.codeHash = InvitationCode.hash(code);
        invitation.expiresAt = clock.instant().plus(Duration.ofHours(config.invitationValidHours()));
        invitation.createdBy = access.caller().accountId();
        invitations.persist(invitation);
        // Never the code: the audit log is read by more people than the driver.
        audit.created(AUDIT_TYPE, invitation.id, driver.villageId,
                Map.of("driverId", driverId, "expiresAt", invitation.expiresAt.toString()));
        return new InvitationView(code, invitation.expiresAt);
    }

    /**
     * Creates the DRIVER login the invitation is for and uses the invitation up.
     *
     * @throws InvitationGoneException 410 when the code is unknown, expired, withdrawn or already used
     * @throws ConflictException       409 when the driver already has a login, or the user name is taken
     * @throws InvalidInputException   400 when the password breaks the password policy
     */
    @Transactional
    public DriverAccountView accept(AcceptInvitationRequest request) {
        Instant now = clock.instant();
        DriverInvitation invitation = invitations.findByCodeForUpdate(request.code())
                .filter(i -> i.acceptableAt(now))
                .orElseThrow(InvitationGoneException::new);
        if (accounts.count("driverId", invitation.driverId) > 0) {
            throw new ConflictException("code", "this driver already has a login");
        }
        Driver driver = drivers.findById(invitation.driverId);
        Account account = accountService.open(request.username(), request.password(), Role.DRIVER, driver.displayName());
        account.phone = driver.phone;
        account.driverId = driver.id;
        accountService.save(account, driver.villageId);
        invitation.usedAt = now;
        return DriverAccountView.from(account);
    }
}
