package org.schoolshuttle.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/** The reports as downloads (CSV and PDF), for the JSON API and the pages alike; access is checked by the reports. */
@ApplicationScoped
public class ReportFiles {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String PDF = "application/pdf";

    private final SponsorReport sponsors;
    private final VillageReport villages;
    private final ReportPdf pdf;

    ReportFiles(SponsorReport sponsors, VillageReport villages, ReportPdf pdf) {
        this.sponsors = sponsors;
        this.villages = villages;
        this.pdf = pdf;
    }

    public Response sponsorCsv(long id, String from, String to) {
        SponsorReportView r = sponsors.of(id, from, to);
        return download(ReportCsv.sponsor(r).getBytes(StandardCharsets.UTF_8), CSV, name("sponsor", id, r.from(), r.to(), "csv"));
    }

    public Response sponsorPdf(long id, String from, String to) {
        SponsorReportView r = sponsors.of(id, from, to);
        return download(pdf.sponsor(r), PDF, name("sponsor", id, r.from(), r.to(), "pdf"));
    }

    public Response villageCsv(long id, String from, String to) {
        VillageReportView r = villages.of(id, from, to);
        return download(ReportCsv.village(r).getBytes(StandardCharsets.UTF_8), CSV, name("village", id, r.from(), r.to(), "csv"));
    }

    public Response villagePdf(long id, String from, String to) {
        VillageReportView r = villages.of(id, from, to);
        return download(pdf.village(r), PDF, name("village", id, r.from(), r.to(), "pdf"));
    }

    private static String name(String kind, long id, Object from, Object to, String extension) {
        return kind + "-" + id + "-report-" + from + "-" + to + "." + extension;
    }

    private static Response download(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
