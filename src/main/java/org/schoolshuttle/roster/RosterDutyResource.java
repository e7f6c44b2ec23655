package org.schoolshuttle.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/roster/duties/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class RosterDutyResource {

    private final RosterService roster;

    RosterDutyResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Gives a duty to a volunteer fit that day (or leaves it open with driverId null)")
    public DutyView assign(@PathParam("id") long id, @Valid @NotNull(message = "is required") DutyRequest request) {
        return roster.assign(id, request);
    }

    @POST
    @Path("swap")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "The volunteer asks someone to take their duty; the volunteers who could are told")
    public DutyView askToSwap(@PathParam("id") long id) {
        return roster.askToSwap(id);
    }

    @POST
    @Path("take")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "A volunteer takes a duty someone asked to swap, or one nobody had")
    public DutyView take(@PathParam("id") long id) {
        return roster.take(id);
    }
}
