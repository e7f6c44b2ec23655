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
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.CurrentCaller;

import java.net.URI;

/** Where signing in lands: each role's own start page; and signing out. */
@Path("/app")
@Authenticated
public class HomePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(AccountView account);
    }

    private final CurrentCaller caller;
    private final AccountRepository accounts;
    private final PageFrame frame;
    private final String sessionCookie;

    HomePage(CurrentCaller caller, AccountRepository accounts, PageFrame frame,
             @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.caller = caller;
        this.accounts = accounts;
        this.frame = frame;
        this.sessionCookie = sessionCookie;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get() {
        Caller c = caller.get();
        String start = switch (c.role()) {
            case PARENT -> "/app/family";
            case DRIVER -> "/app/driver";
            case COORDINATOR, ADMIN -> "/app/coordinator";
            case SPONSOR -> "/app/reports/sponsor";
            default -> null;
        };
        if (start != null) {
            return Response.seeOther(URI.create(start)).build();
        }
        return Response.ok(frame.dress(Templates.home(AccountView.from(accounts.findById(c.accountId()))))).build();
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
