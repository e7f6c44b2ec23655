package org.schoolshuttle.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService service;
    private final AccountRepository accounts;
    private final CurrentCaller caller;

    AccountResource(AccountService service, AccountRepository accounts, CurrentCaller caller) {
        this.service = service;
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @Authenticated
    public AccountView me() {
        return AccountView.from(accounts.findById(caller.get().accountId()));
    }

    @PUT
    @Path("/me/language")
    @Authenticated
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Chooses the language of the caller's messages: zh or en")
    public AccountView chooseLanguage(@Valid @NotNull(message = "is required") LanguageRequest request) {
        return service.chooseLanguage(caller.get().accountId(), request.language());
    }

    @POST
    @Path("/accounts/coordinators")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createCoordinator(@Valid @NotNull(message = "is required") CoordinatorRequest request) {
        AccountView created = service.createCoordinator(request);
        return Response.created(URI.create("/api/v1/accounts/" + created.id())).entity(created).build();
    }
}
