package org.schoolshuttle.volunteer;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

import java.util.List;

/** Coordinators' view of their village's volunteers; {@code kind} is {@code drivers} or {@code escorts}. */
@Path("/api/v1/villages/{villageId}/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Volunteer recognition")
public class VillageVolunteerResource {

    private final VolunteerService volunteers;
    private final HoursLedger hours;
    private final ServiceCertificate certificates;

    VillageVolunteerResource(VolunteerService volunteers, HoursLedger hours, ServiceCertificate certificates) {
        this.volunteers = volunteers;
        this.hours = hours;
        this.certificates = certificates;
    }

    @GET
    @Path("/{kind}/{id}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A volunteer's certificate of service from..to (YYYY-MM-DD; this year to today by default)")
    public Response certificate(@PathParam("villageId") long villageId, @PathParam("kind") String kind,
                                @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(certificates.of(villageId, VolunteerKind.ofPath(kind), id, from, to), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + ServiceCertificate.fileName(from, to) + "\"").build();
    }

    @GET
    @Operation(summary = "The village's volunteer drivers and escorts with a month's hours and points (this month by "
            + "default, month=YYYY-MM) and their points balance")
    public List<VolunteerLine> list(@PathParam("villageId") long villageId, @QueryParam("month") String month) {
        return volunteers.list(villageId, Months.parse(month, "month"));
    }

    @GET
    @Path("/{kind}/{id}")
    @Operation(summary = "A volunteer's service record: hours, points by month, balance, history, rewards")
    public VolunteerRecordView get(@PathParam("villageId") long villageId, @PathParam("kind") String kind,
                                   @PathParam("id") long id) {
        return volunteers.of(villageId, VolunteerKind.ofPath(kind), id);
    }

    @POST
    @Path("/{kind}/{id}/hours")
    @Operation(summary = "Records hours given outside runs (training, vehicle checks, other) with a note")
    public Response record(@PathParam("villageId") long villageId, @PathParam("kind") String kind,
                           @PathParam("id") long id, @Valid @NotNull(message = "is required") HoursRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(hours.record(villageId, VolunteerKind.ofPath(kind), id, request)).build();
    }

    @POST
    @Path("/{kind}/{id}/hours/{entryId}/corrections")
    @Operation(summary = "Corrects an entry of hours with a new entry that supersedes it (0 minutes withdraws it); "
            + "the history keeps both, with who, when and why")
    public Response correct(@PathParam("villageId") long villageId, @PathParam("kind") String kind,
                            @PathParam("id") long id, @PathParam("entryId") long entryId,
                            @Valid @NotNull(message = "is required") CorrectionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(hours.correct(villageId, VolunteerKind.ofPath(kind), id, entryId, request)).build();
    }

    @PUT
    @Path("/{kind}/{id}/board")
    @Operation(summary = "Whether the thank-you board names the volunteer (for escorts, who have no login)")
    public VolunteerRecordView board(@PathParam("villageId") long villageId, @PathParam("kind") String kind,
                                     @PathParam("id") long id,
                                     @Valid @NotNull(message = "is required") BoardChoiceRequest request) {
        return volunteers.choose(villageId, VolunteerKind.ofPath(kind), id, request);
    }
}
