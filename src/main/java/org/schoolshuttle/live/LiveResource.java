package org.schoolshuttle.live;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

import java.util.List;

@Path("/api/v1/live")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Live runs", description = "The shuttle's position while a run is on its way, and the ETA to every stop")
public class LiveResource {

    private final PositionIngest ingest;
    private final LiveViews views;

    LiveResource(PositionIngest ingest, LiveViews views) {
        this.ingest = ingest;
        this.views = views;
    }

    @POST
    @Path("/runs/{runId}/positions")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "The run's own driver sends positions while the run is on its way (each kept once, by its time)")
    public PositionIngest.Outcome positions(@PathParam("runId") long runId,
                                            @Valid @NotNull(message = "is required") PositionBatch batch) {
        return ingest.record(runId, batch);
    }

    @GET
    @Path("/runs/{runId}")
    @RolesAllowed({Role.DRIVER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Where the run is and its ETA to every stop; no ETA when it has not been heard from lately")
    public LiveView.Run run(@PathParam("runId") long runId) {
        return views.run(runId);
    }

    @GET
    @Path("/children/{childId}")
    @RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Today's run of a child: the ETA to their stop, and the shuttle only while it is coming there")
    public LiveView.Child child(@PathParam("childId") long childId) {
        return views.child(childId);
    }

    @GET
    @Path("/villages/{villageId}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "All of a village's runs today with their status, position and delay")
    public List<LiveView.VillageRun> village(@PathParam("villageId") long villageId) {
        return views.village(villageId);
    }
}
