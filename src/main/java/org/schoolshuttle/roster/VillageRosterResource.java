package org.schoolshuttle.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.QueryValues;

@Path("/api/v1/villages/{villageId}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Roster")
public class VillageRosterResource {

    private final RosterService roster;

    VillageRosterResource(RosterService roster) {
        this.roster = roster;
    }

    @GET
    @Operation(summary = "The village's volunteer roster for a span of days (two weeks from today by default), "
            + "with each volunteer's drives per month")
    public RosterView get(@PathParam("villageId") long villageId, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        return roster.roster(villageId, QueryValues.date(from, "from"), QueryValues.date(to, "to"));
    }

    @POST
    @Operation(summary = "Fills the roster for the days now, fairly (fewest drives that month first), as the "
            + "morning job does; duties already given stay where they may")
    public RosterPlanner.Filled fill(@PathParam("villageId") long villageId,
                                     @Valid @NotNull(message = "is required") RosterRequest request) {
        return roster.fill(villageId, request);
    }
}
