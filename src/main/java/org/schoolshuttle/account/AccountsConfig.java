package org.schoolshuttle.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Settings of accounts and log-in, under {@code shuttle.accounts}. */
@ConfigMapping(prefix = "shuttle.accounts")
public interface AccountsConfig {

    /** User name of the first administrator, created at first start when no administrator exists. */
    @WithDefault("admin")
    String adminUsername();

    /** Password of the first administrator (env SHUTTLE_ACCOUNTS_ADMIN_PASSWORD); no default outside the demo. */
    Optional<String> adminPassword();

    /** BCrypt cost factor (log2 of rounds) for new password hashes. */
    @WithDefault("12")
    int bcryptCost();

    /** Failed log-ins in a row that lock an account. */
    @WithDefault("5")
    int lockoutAttempts();

    /** Minutes an account stays locked after too many failed log-ins. */
    @WithDefault("15")
    int lockoutMinutes();

    /** Hours a driver invitation code stays valid. */
    @WithDefault("72")
    int invitationValidHours();

    /**
     * For how many minutes a password just checked is recognised without bcrypt again (the API checks HTTP Basic
     * on every request); 0 checks bcrypt every time. A changed password is never taken from here.
     */
    @WithDefault("5")
    int verifiedPasswordMinutes();
}
