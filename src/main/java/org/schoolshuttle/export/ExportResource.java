package org.schoolshuttle.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.route.PlanService;
import org.schoolshuttle.route.RouteDetailView;
import org.schoolshuttle.run.RunDetailView;
import org.schoolshuttle.run.RunService;

import java.util.Locale;

@Path("/api/v1/exports")
@Tag(name = "Exports", description = "Routes as GPX and GeoJSON, a run's manifest as CSV and as a printable PDF")
public class ExportResource {

    private final PlanService plans;
    private final RunService runs;
    private final RouteFiles routeFiles;
    private final RunManifest manifest;
    private final PrintedManifest printedManifest;
    private final ObjectMapper json;

    ExportResource(PlanService plans, RunService runs, RouteFiles routeFiles, RunManifest manifest,
                   PrintedManifest printedManifest, ObjectMapper json) {
        this.json = json;
        this.printedManifest = printedManifest;
        this.plans = plans;
        this.runs = runs;
        this.routeFiles = routeFiles;
        this.manifest = manifest;
    }

    @GET
    @Path("/routes/{id}/route.gpx")
    @Produces("application/gpx+xml")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "A route as GPX 1.1: the road as a track, the stops as waypoints and as a route in order")
    public Response gpx(@PathParam("id") long id) {
        RouteDetailView route = plans.route(id);
        return Response.ok(routeFiles.gpx(route)).header("Content-Disposition", "attachment; filename=\"route-" + id + ".gpx\"")
                .build();
    }

    @GET
    @Path("/routes/{id}/route.geojson")
    @Produces("application/geo+json")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "A route as a GeoJSON FeatureCollection: the road, and each stop with its time and children")
    public Response geojson(@PathParam("id") long id) throws JsonProcessingException {
        RouteDetailView route = plans.route(id);
        return Response.ok(json.writeValueAsString(routeFiles.geojson(route)))
                .header("Content-Disposition", "attachment; filename=\"route-" + id + ".geojson\"").build();
    }

    @GET
    @Path("/runs/{id}/manifest.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "A run's manifest as CSV: each child by stop, with needs, guardian and columns to tick")
    public Response manifest(@PathParam("id") long id) {
        RunDetailView run = runs.detail(id, Locale.SIMPLIFIED_CHINESE);
        return Response.ok(manifest.csv(run))
                .header("Content-Disposition", "attachment; filename=\"run-" + id + "-manifest.csv\"").build();
    }

    @GET
    @Path("/runs/{id}/manifest.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME})
    @Operation(summary = "A run's manifest as a printable A4 PDF: stops in order with times, the children at each with "
            + "needs, hand-over rule and contacts, boxes to tick on and off, and emergency numbers; 503 when the "
            + "server has no font for Chinese text")
    public Response manifestPdf(@PathParam("id") long id) {
        return Response.ok(printedManifest.pdf(id))
                .header("Content-Disposition", "attachment; filename=\"" + PrintedManifest.fileName(id) + "\"").build();
    }
}
