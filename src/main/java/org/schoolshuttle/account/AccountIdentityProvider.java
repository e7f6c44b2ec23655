package org.schoolshuttle.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a user name and password (HTTP Basic or the log-in form) into an identity with the account's role. */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String ACCOUNT_ID = "accountId";
    /** The {@link Caller} read with the account while authenticating, so a request reads its account once. */
    static final String CALLER = "caller";

    private final LoginService login;

    AccountIdentityProvider(LoginService login) {
        this.login = login;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> login.verify(request.getUsername(), request.getPassword().getPassword())
                .map(account -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(account.username))
                        .addRole(account.role.name())
                        .addAttribute(ACCOUNT_ID, account.id)
                        .addAttribute(CALLER, Caller.of(account))
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("Wrong user name or password.")));
    }
}
