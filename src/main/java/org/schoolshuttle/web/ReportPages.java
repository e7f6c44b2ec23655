package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.CurrentCaller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.report.ReportFiles;
import org.schoolshuttle.report.SponsorReport;
import org.schoolshuttle.report.SponsorReportView;
import org.schoolshuttle.report.VillageReport;
import org.schoolshuttle.report.VillageReportView;

import java.net.URI;
import java.util.List;

/** The sponsor's transparency report and the village report as pages with charts, beside their CSV and PDF. */
@Path("/app/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance sponsor(SponsorReportView report, BarChart runsChart, BarChart childrenChart,
                                               String query);

        static native TemplateInstance village(VillageReportView report, BarChart rideChart, BarChart walkChart,
                                               BarChart runsChart, String query);
    }

    private final PageFrame frame;
    private final CurrentCaller caller;
    private final SponsorReport sponsors;
    private final VillageReport villages;
    private final ReportFiles files;

    ReportPages(PageFrame frame, CurrentCaller caller, SponsorReport sponsors, VillageReport villages, ReportFiles files) {
        this.files = files;
        this.frame = frame;
        this.caller = caller;
        this.sponsors = sponsors;
        this.villages = villages;
    }

    /** A sponsor's login starts at its own report. */
    @GET
    @Path("/sponsor")
    @RolesAllowed(Role.SPONSOR_NAME)
    public Response own() {
        return Response.seeOther(URI.create("/app/reports/sponsors/" + caller.get().sponsorId())).build();
    }

    @GET
    @Path("/sponsors/{id}")
    @RolesAllowed({Role.SPONSOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance sponsor(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        SponsorReportView report = sponsors.of(id, from, to);
        List<String> months = report.months().stream().map(m -> m.month().toString().substring(2)).toList();
        return frame.dress(Templates.sponsor(report,
                BarChart.of(months, report.months().stream().map(SponsorReportView.Month::runsCompleted).toList()),
                BarChart.of(months, report.months().stream().map(SponsorReportView.Month::childrenServed).toList()),
                "from=" + report.from() + "&to=" + report.to()));
    }

    @GET
    @Path("/villages/{id}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance village(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        VillageReportView report = villages.of(id, from, to);
        return frame.dress(Templates.village(report,
                BarChart.of(report.rideMinutes().stream().map(VillageReportView.Band::label).toList(),
                        report.rideMinutes().stream().map(VillageReportView.Band::count).toList()),
                BarChart.of(report.walkMetres().stream().map(VillageReportView.Band::label).toList(),
                        report.walkMetres().stream().map(VillageReportView.Band::count).toList()),
                BarChart.of(report.months().stream().map(m -> m.month().toString().substring(2)).toList(),
                        report.months().stream().map(m -> m.runs().completed()).toList()),
                "from=" + report.from() + "&to=" + report.to()));
    }

    /** The downloads again under the pages' path: a signed-in browser has a session, not the API's credentials. */
    @GET
    @Path("/sponsors/{id}/report.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.SPONSOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response sponsorCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.sponsorCsv(id, from, to);
    }

    @GET
    @Path("/sponsors/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.SPONSOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response sponsorPdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.sponsorPdf(id, from, to);
    }

    @GET
    @Path("/villages/{id}/report.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response villageCsv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.villageCsv(id, from, to);
    }

    @GET
    @Path("/villages/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response villagePdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return files.villagePdf(id, from, to);
    }
}
