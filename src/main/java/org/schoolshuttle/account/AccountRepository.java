package org.schoolshuttle.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        // One statement with the villages: the API reads the caller's account on every request.
        return find("from Account a left join fetch a.villageIds where a.username = ?1", username).singleResultOptional();
    }

    public boolean usernameTaken(String username) {
        return count("username", username) > 0;
    }

    /** The coordinators of a village, by name. */
    public List<Account> coordinatorsOf(long villageId) {
        return list("select a from Account a join a.villageIds v where v = ?1 and a.role = ?2 order by a.displayName, a.id",
                villageId, Role.COORDINATOR);
    }

    public boolean anyWithRole(Role role) {
        return count("role", role) > 0;
    }
}
