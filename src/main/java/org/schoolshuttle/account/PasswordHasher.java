package org.schoolshuttle.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.mindrot.jbcrypt.BCrypt;

/** BCrypt hashing of passwords and one-time codes; plain text is never stored. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private final String decoy;

    PasswordHasher(AccountsConfig config) {
        this.cost = config.bcryptCost();
        this.decoy = hash(java.util.UUID.randomUUID().toString());
    }

    /** Spends the time of one verification, so an unknown user name answers as slowly as a wrong password. */
    public void matchNothing(String plain) {
        matches(plain, decoy);
    }

    public String hash(String plain) {
        return BCrypt.hashpw(plain, BCrypt.gensalt(cost));
    }

    public boolean matches(String plain, String hash) {
        try {
            return hash != null && BCrypt.checkpw(plain, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
