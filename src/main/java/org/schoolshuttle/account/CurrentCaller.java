package org.schoolshuttle.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, loaded once per request from the authenticated identity. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final AccountRepository accounts;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity, AccountRepository accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    /** The caller, or {@code null} for an anonymous request (sign-up, accepting an invitation). */
    public Caller currentOrNull() {
        return identity.isAnonymous() ? null : get();
    }

    /** @throws UnauthorizedException when the request is anonymous */
    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            Caller known = identity.getAttribute(AccountIdentityProvider.CALLER);
            if (known != null) {
                caller = known;
                return caller;
            }
            Long id = identity.getAttribute(AccountIdentityProvider.ACCOUNT_ID);
            Account account = id == null ? null : accounts.findById(id);
            if (account == null) {
                throw new UnauthorizedException();
            }
            caller = Caller.of(account);
        }
        return caller;
    }
}
