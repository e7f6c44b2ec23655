package org.schoolshuttle.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

import java.net.URI;

@Path("/api/v1/calendar-links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
public class CalendarFeedResource {

    private final CalendarFeeds feeds;

    CalendarFeedResource(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @POST
    @Path("/drivers/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "A new secret calendar link to the driver's upcoming runs; the old link stops working")
    public Response newDriverLink(@PathParam("id") long id) {
        CalendarFeeds.Link link = feeds.newDriverLink(id);
        return Response.created(URI.create(link.url())).entity(link).build();
    }

    @DELETE
    @Path("/drivers/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "Revokes the driver's calendar link")
    public Response revokeDriverLinks(@PathParam("id") long id) {
        feeds.revokeDriverLinks(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/escorts/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "A new secret calendar link to the escort's upcoming runs; the old link stops working")
    public Response newEscortLink(@PathParam("id") long id) {
        CalendarFeeds.Link link = feeds.newEscortLink(id);
        return Response.created(URI.create(link.url())).entity(link).build();
    }

    @DELETE
    @Path("/escorts/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Revokes the escort's calendar link")
    public Response revokeEscortLinks(@PathParam("id") long id) {
        feeds.revokeEscortLinks(id);
        return Response.noContent().build();
    }
}
