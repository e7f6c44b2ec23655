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

@Path("/api/v1/vehicles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Vehicles")
public class VehicleResource {

    private final VehicleService vehicles;

    VehicleResource(VehicleService vehicles) {
        this.vehicles = vehicles;
    }

    @POST
    public Response create(@Valid @NotNull(message = "is required") VehicleRequest request) {
        VehicleView created = vehicles.create(request);
        return Response.created(URI.create("/api/v1/vehicles/" + created.id())).entity(created).build();
    }

    @GET
    public Page<VehicleView> list(@QueryParam("villageId") String villageId, @QueryParam("kind") String kind,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return vehicles.list(QueryValues.id(villageId, "villageId"), QueryValues.kind(kind, Vehicle.Kind.class, "kind"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/{id}")
    public VehicleView get(@PathParam("id") long id) {
        return vehicles.get(id);
    }

    @PUT
    @Path("/{id}")
    public VehicleView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") VehicleRequest request) {
        return vehicles.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        vehicles.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/fitness")
    @Operation(summary = "Whether the vehicle may carry children on a date (YYYY-MM-DD, default today in the village), with every reason if not")
    public Fitness fitness(@PathParam("id") long id, @QueryParam("date") String date) {
        return vehicles.fitness(id, date);
    }
}
