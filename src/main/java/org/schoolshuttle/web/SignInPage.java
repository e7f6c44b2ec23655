package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The sign-in form; it posts to Quarkus's form authentication at {@code /j_security_check}. */
@Path("/login")
@PermitAll
public class SignInPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedUp);
    }

    private final PageFrame frame;

    SignInPage(PageFrame frame) {
        this.frame = frame;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("error") String error, @QueryParam("signedUp") String signedUp) {
        return frame.dress(Templates.signIn(error != null, signedUp != null));
    }
}
