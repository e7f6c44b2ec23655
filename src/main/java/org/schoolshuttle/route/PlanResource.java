package org.schoolshuttle.route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Plans")
public class PlanResource {

    private final PlanService plans;

    PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A plan: progress while computed; then figures, routes with timed stops, seats and waitlist")
    public RoutePlanView get(@PathParam("id") long id) {
        return plans.get(id);
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "The plan beside the school's published plan, with every family whose stop or times would change")
    public ComparisonView comparison(@PathParam("id") long id) {
        return plans.compare(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Discard a draft or failed plan")
    public Response discard(@PathParam("id") long id) {
        plans.discard(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Make the draft the school's plan, at once, and tell every family whose stop or times change")
    public RoutePlanView publish(@PathParam("id") long id) {
        return plans.publish(id);
    }
}
