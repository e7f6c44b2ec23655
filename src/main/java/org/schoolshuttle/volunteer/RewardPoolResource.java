package org.schoolshuttle.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/villages/{villageId}/reward-pool")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Volunteer recognition")
public class RewardPoolResource {

    private final RewardLedger ledger;

    RewardPoolResource(RewardLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Operation(summary = "The village's reward pool: balance, contributions with what is left of each, rewards with "
            + "the contributions that paid for them")
    public RewardPoolView get(@PathParam("villageId") long villageId) {
        return ledger.pool(villageId);
    }

    @POST
    @Path("/contributions")
    @Operation(summary = "Records money given to the pool by one of the village's sponsors or by the village")
    public Response contribute(@PathParam("villageId") long villageId,
                               @Valid @NotNull(message = "is required") ContributionRequest request) {
        return Response.status(Response.Status.CREATED).entity(ledger.contribute(villageId, request)).build();
    }

    @POST
    @Path("/redemptions")
    @Operation(summary = "Records a reward (an item or money) given to a volunteer for points; refused (409) when it "
            + "would overdraw the pool or the volunteer's points")
    public Response redeem(@PathParam("villageId") long villageId,
                           @Valid @NotNull(message = "is required") RedemptionRequest request) {
        return Response.status(Response.Status.CREATED).entity(ledger.redeem(villageId, request)).build();
    }
}
