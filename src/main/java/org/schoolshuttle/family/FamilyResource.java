package org.schoolshuttle.family;

import jakarta.annotation.security.PermitAll;
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
import org.schoolshuttle.account.AccountView;
import org.schoolshuttle.account.Role;

import java.net.URI;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class FamilyResource {

    private final SignupService signup;
    private final FamilyService family;

    FamilyResource(SignupService signup, FamilyService family) {
        this.signup = signup;
        this.family = family;
    }

    @POST
    @Path("/accounts/parents")
    @PermitAll
    public Response signUp(@Valid @NotNull(message = "is required") SignupRequest request) {
        AccountView created = signup.signUp(request);
        return Response.created(URI.create("/api/v1/me")).entity(created).build();
    }

    @GET
    @Path("/family")
    @RolesAllowed(Role.PARENT_NAME)
    public GuardianView guardian() {
        return family.guardian();
    }

    @PUT
    @Path("/family")
    @RolesAllowed(Role.PARENT_NAME)
    public GuardianView updateGuardian(@Valid @NotNull(message = "is required") GuardianRequest request) {
        return family.updateGuardian(request);
    }

    @GET
    @Path("/family/export")
    @RolesAllowed(Role.PARENT_NAME)
    public Response export() {
        return Response.ok(family.export())
                .header("Content-Disposition", "attachment; filename=\"family-data.json\"").build();
    }
}
