package org.schoolshuttle.village;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

import java.net.URI;
import java.util.List;

@Path("/api/v1/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Villages")
public class VillageResource {

    private final VillageService villages;

    VillageResource(VillageService villages) {
        this.villages = villages;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@Valid @NotNull(message = "is required") VillageRequest request) {
        VillageView created = villages.create(request);
        return Response.created(URI.create("/api/v1/villages/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public List<VillageView> list() {
        return villages.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public VillageView get(@PathParam("id") long id) {
        return villages.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public VillageView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") VillageRequest request) {
        return villages.update(id, request);
    }
}
