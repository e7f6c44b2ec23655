package org.schoolshuttle.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.schoolshuttle.common.InvalidInputException;

/**
 * Creates the first administrator at first start from {@code shuttle.accounts.admin-username} and
 * {@code admin-password} (env SHUTTLE_ACCOUNTS_ADMIN_PASSWORD). There is no built-in password: without
 * one, the service runs with no administrator and says how to add one.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final AccountsConfig config;

    AdminBootstrap(AccountRepository accounts, AccountService service, AccountsConfig config) {
        this.accounts = accounts;
        this.service = service;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (config.adminPassword().isEmpty()) {
            LOG.info("No administrator is configured. The embedded demo creates one when it seeds; otherwise set "
                    + "SHUTTLE_ACCOUNTS_ADMIN_PASSWORD (at least 10 characters) and restart to create '" + config.adminUsername() + "'.");
            return;
        }
        Account admin;
        try {
            admin = service.open(config.adminUsername(), config.adminPassword().get(), Role.ADMIN, "Administrator");
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The configured first administrator cannot be created: shuttle.accounts.admin-"
                    + e.getMessage() + " (SHUTTLE_ACCOUNTS_ADMIN_PASSWORD)", e);
        }
        service.save(admin);
        LOG.infof("Created the first administrator '%s' from configuration", admin.username);
    }
}
