package org.schoolshuttle.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.QueryValues;

import java.net.URI;
import java.util.List;
import java.util.Set;

@Path("/api/v1/sponsorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sponsorships")
public class SponsorshipResource {

    private static final Set<String> STATUSES = Set.of("UPCOMING", "ACTIVE", "ENDED");

    private final SponsorshipService sponsorships;

    SponsorshipResource(SponsorshipService sponsorships) {
        this.sponsorships = sponsorships;
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Assign a sponsor to a route or a vehicle for a period, with seats or money committed")
    public Response create(@Valid @NotNull(message = "is required") SponsorshipRequest request) {
        SponsorshipView created = sponsorships.create(request);
        return Response.created(URI.create("/api/v1/sponsorships/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    @Operation(summary = "A village's sponsorships; a sponsor's login sees its own")
    public List<SponsorshipView> list(@QueryParam("villageId") String villageId, @QueryParam("sponsorId") String sponsorId,
                                      @QueryParam("status") String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "must be one of UPCOMING, ACTIVE, ENDED");
        }
        return sponsorships.list(QueryValues.id(villageId, "villageId"), QueryValues.id(sponsorId, "sponsorId"), status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    public SponsorshipView get(@PathParam("id") long id) {
        return sponsorships.get(id);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "End a sponsorship after its last day (today by default)")
    public SponsorshipView end(@PathParam("id") long id, EndRequest request) {
        return sponsorships.end(id, request);
    }
}
