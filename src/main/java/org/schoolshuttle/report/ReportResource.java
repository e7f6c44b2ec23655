package org.schoolshuttle.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private final SponsorReport sponsors;
    private final VillageReport villages;

    ReportResource(SponsorReport sponsors, VillageReport villages) {
        this.sponsors = sponsors;
        this.villages = villages;
    }

    @GET
    @Path("/sponsors/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    @Operation(summary = "What a sponsor's support delivered from..to (YYYY-MM-DD; the last twelve months by default)")
    public SponsorReportView sponsor(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return sponsors.of(id, from, to);
    }

    @GET
    @Path("/sponsors/{id}/report.csv")
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    public Response sponsorCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        SponsorReportView report = sponsors.of(id, from, to);
        return file(ReportCsv.sponsor(report), CSV, "sponsor-" + id + "-" + report.from() + "-" + report.to() + ".csv");
    }

    @GET
    @Path("/villages/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "A village's coverage, service and costs from..to (YYYY-MM-DD; the last twelve months by default)")
    public VillageReportView village(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return villages.of(id, from, to);
    }

    @GET
    @Path("/villages/{id}/report.csv")
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response villageCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        VillageReportView report = villages.of(id, from, to);
        return file(ReportCsv.village(report), CSV, "village-" + id + "-" + report.from() + "-" + report.to() + ".csv");
    }

    static Response file(Object body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
