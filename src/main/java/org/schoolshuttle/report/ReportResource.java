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

    private final SponsorReport sponsors;
    private final VillageReport villages;
    private final ReportFiles files;

    ReportResource(SponsorReport sponsors, VillageReport villages, ReportFiles files) {
        this.sponsors = sponsors;
        this.villages = villages;
        this.files = files;
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
    @Produces(ReportFiles.CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    public Response sponsorCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.sponsorCsv(id, from, to);
    }

    @GET
    @Path("/sponsors/{id}/report.pdf")
    @Produces(ReportFiles.PDF)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    public Response sponsorPdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.sponsorPdf(id, from, to);
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
    @Produces(ReportFiles.CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response villageCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.villageCsv(id, from, to);
    }

    @GET
    @Path("/villages/{id}/report.pdf")
    @Produces(ReportFiles.PDF)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response villagePdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.villagePdf(id, from, to);
    }
}
