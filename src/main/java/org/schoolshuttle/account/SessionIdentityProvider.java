package org.schoolshuttle.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Restores the identity of a signed-in browser from its session cookie. The account is read afresh on
 * every request, so a deleted account or a changed role takes effect at once, not when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountRepository accounts;

    SessionIdentityProvider(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.getPrincipal()));
    }

    // A read, on every page: no transaction, only a request context for the session to live in.
    @ActivateRequestContext
    SecurityIdentity identity(String username) {
        Caller caller = accounts.callerOf(username)
                .orElseThrow(() -> new AuthenticationFailedException("The account of this session no longer exists."));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.username()))
                .addRole(caller.role().name())
                .addAttribute(AccountIdentityProvider.ACCOUNT_ID, caller.accountId())
                .addAttribute(AccountIdentityProvider.CALLER, caller)
                .build();
    }
}
