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

@Path("/api/v1/escorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Escorts")
public class EscortResource {

    private final EscortService escorts;

    EscortResource(EscortService escorts) {
        this.escorts = escorts;
    }

    @POST
    public Response create(@Valid @NotNull(message = "is required") EscortRequest request) {
        EscortView created = escorts.create(request);
        return Response.created(URI.create("/api/v1/escorts/" + created.id())).entity(created).build();
    }

    @GET
    public Page<EscortView> list(@QueryParam("villageId") String villageId,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return escorts.list(QueryValues.id(villageId, "villageId"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/{id}")
    public EscortView get(@PathParam("id") long id) {
        return escorts.get(id);
    }

    @PUT
    @Path("/{id}")
    public EscortView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") EscortRequest request) {
        return escorts.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        escorts.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/fitness")
    @Operation(summary = "Whether the escort may ride with children on a date (YYYY-MM-DD, default today in the village), with every reason if not")
    public Fitness fitness(@PathParam("id") long id, @QueryParam("date") String date) {
        return escorts.fitness(id, date);
    }
}
