package org.schoolshuttle.route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/routes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Plans")
public class RouteResource {

    private final PlanService plans;

    RouteResource(PlanService plans) {
        this.plans = plans;
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Name the route's driver, escort, funding model and sponsors")
    public RouteDetailView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") RouteRequest request) {
        return plans.updateRoute(id, request);
    }
}
