package org.schoolshuttle.fleet;

import org.schoolshuttle.common.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.net.URI;

@Path("/api/v1/drivers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drivers")
public class DriverResource {

    private final DriverService drivers;
    private final InvitationService invitations;

    DriverResource(DriverService drivers, InvitationService invitations) {
        this.drivers = drivers;
        this.invitations = invitations;
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response create(@Valid @NotNull(message = "is required") DriverRequest request) {
        DriverView created = drivers.create(request);
        return Response.created(URI.create("/api/v1/drivers/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Page<DriverView> list(@QueryParam("villageId") String villageId, @QueryParam("kind") String kind,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return drivers.list(QueryValues.id(villageId, "villageId"), QueryValues.kind(kind, Driver.Kind.class, "kind"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "The driver record of the logged-in driver")
    public DriverView me() {
        return drivers.me();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    public DriverView get(@PathParam("id") long id) {
        return drivers.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public DriverView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") DriverRequest request) {
        return drivers.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response delete(@PathParam("id") long id) {
        drivers.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/fitness")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "Whether the driver may drive on a date (YYYY-MM-DD, default today in the village), with every reason if not")
    public Fitness fitness(@PathParam("id") long id, @QueryParam("date") String date) {
        return drivers.fitness(id, date);
    }

    @POST
    @Path("/{id}/invitation")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Issue a one-time code with which the driver creates their login; older unused codes stop working")
    public Response invite(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(invitations.invite(id)).build();
    }
}
