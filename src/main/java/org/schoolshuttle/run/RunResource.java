package org.schoolshuttle.run;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;
import org.schoolshuttle.routing.RequestLocale;

@Path("/api/v1/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Runs")
public class RunResource {

    private final RunService runs;
    private final RunExecution execution;
    private final AccessPolicy access;

    RunResource(RunService runs, RunExecution execution, AccessPolicy access) {
        this.runs = runs;
        this.execution = execution;
        this.access = access;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Runs of the caller's villages on a day (today by default), by village, school and status")
    public Page<RunView> list(@QueryParam("villageId") String villageId, @QueryParam("schoolId") String schoolId,
                              @QueryParam("date") String date, @QueryParam("status") String status,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return runs.list(QueryValues.id(villageId, "villageId"), QueryValues.id(schoolId, "schoolId"),
                QueryValues.date(date, "date"), QueryValues.kind(status, RunStatus.class, "status"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "A run: stops in order with planned times, the children at each with needs and phones, "
            + "the road as GeoJSON and turn-by-turn directions in the caller's language")
    public RunDetailView get(@PathParam("id") long id, @QueryParam("locale") String locale, @Context HttpHeaders headers) {
        // Without a language in the request, the directions are in the one the driver chose for their account.
        return runs.detail(id, RequestLocale.of(locale, headers, access.caller().locale()));
    }

    @POST
    @Path("{id}/escort-check-in")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "The driver confirms the route's escort is on board (required before start)")
    public RunView checkInEscort(@PathParam("id") long id, @Valid StartRequest request) {
        return execution.checkInEscort(id, request);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "Starts the run: refused when it is blocked, not today, or its escort is not checked in")
    public RunView start(@PathParam("id") long id, @Valid StartRequest request) {
        return execution.start(id, request);
    }

    @POST
    @Path("{id}/events")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "Records children checked on, off, handed over or not there; a batch is all or nothing "
            + "and an event sent again under the same id is recognised, so an offline queue can be replayed")
    public EventOutcome record(@PathParam("id") long id, @Valid @NotNull(message = "is required") EventBatch batch) {
        return execution.record(id, batch);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed(Role.DRIVER_NAME)
    @Operation(summary = "Completes the run: refused, listing them, while any child is on board or unaccounted for")
    public RunView complete(@PathParam("id") long id, @Valid CompleteRequest request) {
        return execution.complete(id, request);
    }
}
