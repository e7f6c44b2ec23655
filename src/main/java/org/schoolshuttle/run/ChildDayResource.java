package org.schoolshuttle.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;

@Path("/api/v1/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
@Tag(name = "Children")
public class ChildDayResource {

    private final Absences absences;

    ChildDayResource(Absences absences) {
        this.absences = absences;
    }

    @POST
    @Path("absences")
    @Operation(summary = "Reports that the child will not ride on some days (one direction or both); families "
            + "until the cut-off (06:00) of the first day. The child is taken off those days' runs.")
    public Response report(@PathParam("childId") long childId,
                           @Valid @NotNull(message = "is required") AbsenceRequest request) {
        return Response.status(201).entity(absences.report(childId, request)).build();
    }

    @GET
    @Path("absences")
    @Operation(summary = "The child's absences, latest first")
    public List<AbsenceView> list(@PathParam("childId") long childId) {
        return absences.list(childId);
    }

    @DELETE
    @Path("absences/{absenceId}")
    @Operation(summary = "Withdraws an absence that has not begun; the child rides again on those days")
    public Response cancel(@PathParam("childId") long childId, @PathParam("absenceId") long absenceId) {
        absences.cancel(childId, absenceId);
        return Response.noContent().build();
    }

    @GET
    @Path("today")
    @Operation(summary = "Today for the child, each direction: absent, scheduled (stop and time), on board since, "
            + "dropped off at, handed to whom, or not at the stop")
    public TodayView today(@PathParam("childId") long childId) {
        return absences.today(childId);
    }
}
