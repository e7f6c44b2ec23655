package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.AccountView;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.SignupRequest;
import org.schoolshuttle.family.SignupService;

import java.net.URI;
import java.util.Set;

/** A parent creates the family's account; the mobile number becomes the user name. */
@Path("/signup")
@PermitAll
public class SignUpPage {

    /** What was typed, shown again when the form is refused (never the password). */
    public record Typed(String givenName, String familyName, String phone, String email) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance signUp(Typed typed, FormProblem problem);
    }

    private final PageFrame frame;
    private final SignupService signup;
    private final AccountService accounts;
    private final Validator validator;

    SignUpPage(PageFrame frame, SignupService signup, AccountService accounts, Validator validator) {
        this.frame = frame;
        this.signup = signup;
        this.accounts = accounts;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return frame.dress(Templates.signUp(new Typed("", "", "", ""), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(@FormParam("givenName") String givenName, @FormParam("familyName") String familyName,
                         @FormParam("phone") String phone, @FormParam("email") String email,
                         @FormParam("password") String password, @FormParam("acceptPrivacyNotice") String accept) {
        Typed typed = new Typed(givenName, familyName, phone, email);
        SignupRequest request = new SignupRequest(ChildForm.trim(givenName), ChildForm.trim(familyName), ChildForm.trim(phone),
                ChildForm.trim(email), password, "on".equals(accept));
        FormProblem problem;
        Set<ConstraintViolation<SignupRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            try {
                AccountView created = signup.signUp(request);
                // The family reads messages in the language they signed up in.
                accounts.chooseLanguage(created.id(), frame.language());
                return Response.seeOther(URI.create("/login?signedUp=1")).build();
            } catch (ProblemException e) {
                problem = FormProblem.of(e);
            }
        } else {
            problem = FormProblem.of(violations);
        }
        return Response.status(400).entity(frame.dress(Templates.signUp(typed, problem))).build();
    }
}
