package org.schoolshuttle.fleet;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a driver, not yet logged in, accepts the invitation their coordinator gave them. */
@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drivers")
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    /** 201 with the new login; 410 for a code unknown, expired or used; 409 for a driver with a login or a taken user name. */
    @POST
    @Path("/accept")
    @PermitAll
    @Operation(summary = "Create a driver's login from a one-time invitation code")
    public Response accept(@Valid @NotNull(message = "is required") AcceptInvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.accept(request)).build();
    }
}
