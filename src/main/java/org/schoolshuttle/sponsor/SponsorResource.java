package org.schoolshuttle.sponsor;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;

import java.net.URI;
import java.util.Locale;

@Path("/api/v1/sponsors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sponsors")
public class SponsorResource {

    private final SponsorService sponsors;

    SponsorResource(SponsorService sponsors) {
        this.sponsors = sponsors;
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response create(@Valid @NotNull(message = "is required") SponsorRequest request) {
        SponsorView created = sponsors.create(request);
        return Response.created(URI.create("/api/v1/sponsors/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Page<SponsorView> list(@QueryParam("villageId") String villageId, @QueryParam("kind") String kind,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return sponsors.list(QueryValues.id(villageId, "villageId"), QueryValues.kind(kind, Sponsor.Kind.class, "kind"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    public SponsorView get(@PathParam("id") long id) {
        return sponsors.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SponsorView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") SponsorRequest request) {
        return sponsors.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response delete(@PathParam("id") long id) {
        sponsors.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/account")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response createAccount(@PathParam("id") long id,
                                  @Valid @NotNull(message = "is required") SponsorAccountRequest request) {
        return Response.status(Response.Status.CREATED).entity(sponsors.createAccount(id, request)).build();
    }
}
