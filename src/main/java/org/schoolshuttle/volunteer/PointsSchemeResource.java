package org.schoolshuttle.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/villages/{villageId}/points-scheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Volunteer recognition")
public class PointsSchemeResource {

    private final PointsSchemes schemes;

    PointsSchemeResource(PointsSchemes schemes) {
        this.schemes = schemes;
    }

    @GET
    @Operation(summary = "The village's points scheme this month (the service's defaults until the village sets one)")
    public PointsSchemeView get(@PathParam("villageId") long villageId) {
        return schemes.get(villageId);
    }

    @PUT
    @Operation(summary = "Sets the village's points scheme from this month on; months before keep theirs")
    public PointsSchemeView put(@PathParam("villageId") long villageId,
                                @Valid @NotNull(message = "is required") PointsSchemeRequest request) {
        return schemes.put(villageId, request);
    }
}
