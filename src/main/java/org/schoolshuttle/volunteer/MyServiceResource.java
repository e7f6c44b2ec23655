package org.schoolshuttle.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/volunteers/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DRIVER_NAME)
@Tag(name = "Volunteer recognition")
public class MyServiceResource {

    private final VolunteerService volunteers;
    private final ServiceCertificate certificates;

    MyServiceResource(VolunteerService volunteers, ServiceCertificate certificates) {
        this.volunteers = volunteers;
        this.certificates = certificates;
    }

    @GET
    @Path("/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The calling volunteer's certificate of service from..to (YYYY-MM-DD; this year to today by default)")
    public Response certificate(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(certificates.mine(from, to), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + ServiceCertificate.fileName(from, to) + "\"").build();
    }

    @GET
    @Operation(summary = "The calling volunteer driver's service record: hours, points by month, balance, history, rewards")
    public VolunteerRecordView get() {
        return volunteers.mine();
    }

    @PUT
    @Path("/board")
    @Operation(summary = "Whether the village's thank-you board names the calling volunteer")
    public VolunteerRecordView board(@Valid @NotNull(message = "is required") BoardChoiceRequest request) {
        return volunteers.chooseMine(request);
    }
}
