package org.schoolshuttle.notify;

import jakarta.annotation.security.RolesAllowed;
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
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Alerts")
public class AlertResource {

    private final Alerts alerts;

    AlertResource(Alerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @Operation(summary = "Alerts for the caller's villages, newest first: open ones unless all=true")
    public Page<AlertView> list(@QueryParam("villageId") String villageId, @QueryParam("all") String all,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.list(QueryValues.id(villageId, "villageId"), QueryValues.flag(all, "all"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Marks the alert as seen and handled")
    public AlertView acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(id);
    }
}
