package org.schoolshuttle.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean usernameTaken(String username) {
        return count("username", username) > 0;
    }

    public boolean anyWithRole(Role role) {
        return count("role", role) > 0;
    }
}
