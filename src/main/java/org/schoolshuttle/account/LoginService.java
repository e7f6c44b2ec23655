package org.schoolshuttle.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password, counting failures: after {@code lockout-attempts} failures in a row
 * the account is locked for {@code lockout-minutes}, even for the right password.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final VerifiedPasswords verified;
    private final AccountsConfig config;
    private final Clock clock;

    LoginService(AccountRepository accounts, PasswordHasher hasher, VerifiedPasswords verified, AccountsConfig config,
                 Clock clock) {
        this.verified = verified;
        this.accounts = accounts;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @return the account when the password is right and the account is not locked
     * @throws AuthenticationFailedException while the account is locked, saying until when
     */
    @ActivateRequestContext
    public Optional<Account> verify(String username, char[] password) {
        // Most requests repeat a password this instance checked a moment ago on an account in good standing: that
        // is one read and needs no transaction. Anything else may write (failures, lockout) and takes one.
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isPresent()) {
            Account account = found.get();
            boolean clean = account.failedLogins == 0
                    && (account.lockedUntil == null || !account.lockedUntil.isAfter(clock.instant()));
            if (clean && verified.known(new String(password), account.passwordHash)) {
                return found;
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> verifyAndRecord(username, password));
    }

    private Optional<Account> verifyAndRecord(String username, char[] password) {
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            // Families sign in with their mobile number as they write it: 138 1234 5678 is +8613812345678.
            found = asPhoneNumber(username).flatMap(accounts::findByUsername);
        }
        if (found.isEmpty()) {
            hasher.matchNothing(new String(password));
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            throw new AuthenticationFailedException("Too many failed log-ins: this account is locked until "
                    + account.lockedUntil.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
        }
        String plain = new String(password);
        if (verified.known(plain, account.passwordHash)) {
            account.failedLogins = 0;
            return Optional.of(account);
        }
        if (hasher.matches(plain, account.passwordHash)) {
            account.failedLogins = 0;
            account.lockedUntil = null;
            verified.remember(plain, account.passwordHash);
            return Optional.of(account);
        }
        account.failedLogins++;
        if (account.failedLogins >= config.lockoutAttempts()) {
            account.failedLogins = 0;
            account.lockedUntil = now.plus(Duration.ofMinutes(config.lockoutMinutes()));
            LOG.warnf("Account %d locked for %d minutes after %d failed log-ins", account.id,
                    config.lockoutMinutes(), config.lockoutAttempts());
        }
        return Optional.empty();
    }

    private static Optional<String> asPhoneNumber(String username) {
        try {
            return Optional.of(org.schoolshuttle.common.PhoneNumber.normalise(username, "username"));
        } catch (org.schoolshuttle.common.ProblemException e) {
            return Optional.empty();
        }
    }
}
