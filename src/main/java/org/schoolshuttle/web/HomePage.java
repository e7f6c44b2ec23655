package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AccountView;
import org.schoolshuttle.account.CurrentCaller;

import java.net.URI;

/** The signed-in home page, and signing out. */
@Path("/app")
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AccountView account);
    }

    private final CurrentCaller caller;
    private final AccountRepository accounts;
    private final String sessionCookie;

    HomePage(CurrentCaller caller, AccountRepository accounts,
             @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.caller = caller;
        this.accounts = accounts;
        this.sessionCookie = sessionCookie;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return Templates.home(AccountView.from(accounts.findById(caller.get().accountId())));
    }

    /** Ends the session by expiring its cookie; the form's CSRF token is checked before this runs. */
    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
