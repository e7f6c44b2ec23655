package org.schoolshuttle.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.CurrentCaller;

import java.net.URI;

/**
 * The language switch in every page's header: remembered in this browser for a year and, when signed
 * in, on the account too, so messages and e-mails follow the same choice.
 */
@Path("/language")
@PermitAll
public class LanguageSwitch {

    private final CurrentCaller caller;
    private final AccountService accounts;

    LanguageSwitch(CurrentCaller caller, AccountService accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("language") String language, @FormParam("back") String back) {
        if (!PageLanguage.isKnown(language)) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("language must be zh or en").build();
        }
        Caller c = caller.currentOrNull();
        if (c != null) {
            accounts.chooseLanguage(c.accountId(), language);
        }
        NewCookie remembered = new NewCookie.Builder(PageLanguage.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(remembered).build();
    }

    /** Only a path on this site: a link elsewhere would make the switch an open redirect. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/app";
        }
        return back;
    }
}
