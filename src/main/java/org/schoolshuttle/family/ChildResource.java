package org.schoolshuttle.family;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.QueryValues;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.net.URI;

@Path("/api/v1/children")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
public class ChildResource {

    private final ChildService children;

    ChildResource(ChildService children) {
        this.children = children;
    }

    @POST
    @RolesAllowed(Role.PARENT_NAME)
    public Response register(@Valid @NotNull(message = "is required") ChildRequest request) {
        ChildView created = children.register(request);
        return Response.created(URI.create("/api/v1/children/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Page<ChildView> list(@QueryParam("schoolId") String schoolId, @QueryParam("status") String status,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return children.list(QueryValues.id(schoolId, "schoolId"), QueryValues.kind(status, ChildStatus.class, "status"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public ChildView get(@PathParam("id") long id) {
        return children.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public ChildView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") ChildRequest request) {
        return children.update(id, request);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public ChildView withdraw(@PathParam("id") long id) {
        return children.withdraw(id);
    }

}
