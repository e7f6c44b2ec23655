package org.schoolshuttle.route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.routing.RequestLocale;

@Path("/api/v1/children/{childId}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
@Tag(name = "Children")
public class AssignmentResource {

    private final AssignmentService assignments;

    AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "The child's stop, safe walk from home, pickup and drop-off times and vehicle; or why they wait")
    public AssignmentView get(@PathParam("childId") long childId, @QueryParam("locale") String locale,
                              @Context HttpHeaders headers) {
        return assignments.of(childId, RequestLocale.of(locale, headers));
    }
}
