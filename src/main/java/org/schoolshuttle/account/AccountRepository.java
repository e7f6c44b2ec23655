package org.schoolshuttle.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        // One statement with the villages: the API reads the caller's account on every request.
        return find("from Account a left join fetch a.villageIds where a.username = ?1", username).singleResultOptional();
    }

    /**
     * The caller an account makes, read as columns (one row per village): a signed-in page asks on every request,
     * and the entity with its collection cost several times more than the statement.
     */
    public Optional<Caller> callerOf(String username) {
        List<Object[]> rows = getEntityManager().createQuery("select a.id, a.username, a.role, a.guardianId, a.driverId, "
                        + "a.sponsorId, a.language, v from Account a left join a.villageIds v where a.username = :username",
                        Object[].class).setParameter("username", username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> villages = new HashSet<>();
        rows.forEach(r -> {
            if (r[7] != null) {
                villages.add((Long) r[7]);
            }
        });
        Object[] a = rows.get(0);
        return Optional.of(new Caller((Long) a[0], (String) a[1], (Role) a[2], Set.copyOf(villages), (Long) a[3],
                (Long) a[4], (Long) a[5], (String) a[6]));
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
