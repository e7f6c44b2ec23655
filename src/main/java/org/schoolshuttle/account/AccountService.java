package org.schoolshuttle.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.PhoneNumber;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;

/** Creating accounts: coordinators by an administrator, and the shared steps every kind of account takes. */
@ApplicationScoped
public class AccountService {

    static final String AUDIT_TYPE = "account";

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordHasher hasher, AuditLog audit,
                   EntityManager em, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.hasher = hasher;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public AccountView createCoordinator(CoordinatorRequest request) {
        for (Long villageId : request.villageIds()) {
            if (villageId == null || em.createQuery("select count(v) from Village v where v.id = :id", Long.class)
                    .setParameter("id", villageId).getSingleResult() == 0) {
                throw new DomainRuleException("villageIds", "village " + villageId + " does not exist");
            }
        }
        Account account = open(request.username(), request.password(), Role.COORDINATOR, request.displayName());
        account.phone = PhoneNumber.normaliseOptional(request.phone(), "phone");
        account.email = request.email();
        account.villageIds = new HashSet<>(request.villageIds());
        save(account);
        return AccountView.from(account);
    }

    /**
     * Builds a new account with a checked, hashed password; the caller fills in the rest and calls {@link #save}.
     *
     * @throws ConflictException when the user name is taken
     */
    public Account open(String username, String password, Role role, String displayName) {
        String name = username.trim();
        if (accounts.usernameTaken(name)) {
            throw new ConflictException("username", "is already taken");
        }
        policy.check(password, name);
        Account account = new Account();
        account.username = name;
        account.passwordHash = hasher.hash(password);
        account.role = role;
        account.displayName = displayName.trim();
        account.createdAt = clock.instant();
        return account;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Account account) {
        save(account, account.villageIds.isEmpty() ? null : account.villageIds.iterator().next());
    }

    /** Saves a new account, auditing it under the village whose coordinators should see it (may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Account account, Long villageId) {
        accounts.persist(account);
        audit.created(AUDIT_TYPE, account.id, villageId, Map.of("username", account.username, "role", account.role,
                "villageIds", account.villageIds.stream().sorted().toList()));
    }

    @Transactional
    public AccountView chooseLanguage(long accountId, String language) {
        Account account = accounts.findById(accountId);
        account.language = language;
        return AccountView.from(account);
    }
}
