package org.schoolshuttle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.export.PrintedManifest;
import org.schoolshuttle.fleet.DriverService;
import org.schoolshuttle.live.PositionBatch;
import org.schoolshuttle.live.PositionIngest;
import org.schoolshuttle.village.VillageRepository;
import org.schoolshuttle.run.CompleteRequest;
import org.schoolshuttle.run.EventBatch;
import org.schoolshuttle.run.EventOutcome;
import org.schoolshuttle.run.RunDetailView;
import org.schoolshuttle.run.RunExecution;
import org.schoolshuttle.run.RunService;
import org.schoolshuttle.run.RunView;
import org.schoolshuttle.run.StartRequest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The driver's phone: today's runs, and the run screen with the map, the stops and one tap per child.
 * Taps are queued in the browser and sent here; when the phone is offline they wait there and are sent
 * on reconnect, in the order they happened (the run records each tap once, by its id).
 */
@Path("/app/driver")
@RolesAllowed(Role.DRIVER_NAME)
public class DriverPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance runs(LocalDate date, List<RunView> runs);

        static native TemplateInstance run(RunDetailView detail, Integer nextSeq, String mapData, FormProblem problem);
    }

    private final PageFrame frame;
    private final RunService runs;
    private final RunExecution execution;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final DriverService drivers;
    private final VillageRepository villages;
    private final PositionIngest ingest;
    private final PrintedManifest manifest;

    DriverPages(PositionIngest ingest, PageFrame frame, RunService runs, RunExecution execution, Validator validator, ObjectMapper json, Clock clock,
                DriverService drivers, VillageRepository villages, PrintedManifest manifest) {
        this.manifest = manifest;
        this.drivers = drivers;
        this.villages = villages;
        this.ingest = ingest;
        this.frame = frame;
        this.runs = runs;
        this.execution = execution;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance today(@jakarta.ws.rs.QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock.withZone(villageZone())) : parse(date);
        return frame.dress(Templates.runs(day, runs.mine(day)));
    }

    @GET
    @Path("/runs/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance run(@PathParam("id") long id) {
        return page(id, null);
    }

    /** The run's manifest to print, for a driver who keeps paper in the cab (or has no smartphone at all). */
    @GET
    @Path("/runs/{id}/manifest.pdf")
    @Produces("application/pdf")
    public Response manifest(@PathParam("id") long id) {
        return Response.ok(manifest.pdf(id))
                .header("Content-Disposition", "attachment; filename=\"" + PrintedManifest.fileName(id) + "\"").build();
    }

    @POST
    @Path("/runs/{id}/start")
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("id") long id) {
        return act(id, () -> execution.start(id, new StartRequest(null)));
    }

    @POST
    @Path("/runs/{id}/escort-check-in")
    @Produces(MediaType.TEXT_HTML)
    public Response escortCheckIn(@PathParam("id") long id) {
        return act(id, () -> execution.checkInEscort(id, new StartRequest(null)));
    }

    @POST
    @Path("/runs/{id}/complete")
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") long id) {
        return act(id, () -> execution.complete(id, new CompleteRequest(null, List.of())));
    }

    /** A batch of taps from the run screen's queue, as JSON in a form field so the CSRF check applies. */
    @POST
    @Path("/runs/{id}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public EventOutcome events(@PathParam("id") long id, @FormParam("events") String events) {
        return execution.record(id, formJson(events, "events", EventBatch.class));
    }

    /** The JSON a page script posts in a form field (so the CSRF check applies), read and validated like a body. */
    private <T> T formJson(String text, String field, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required, as JSON");
        }
        T value;
        try {
            value = json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, "must be a JSON object with a list of " + field);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e))).build();
        }
        return Response.seeOther(URI.create("/app/driver/runs/" + id)).build();
    }

    /** The run screen shares the phone's position while the run is on its way (the driver switched it on). */
    @POST
    @Path("/runs/{id}/positions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public PositionIngest.Outcome positions(@PathParam("id") long id, @FormParam("positions") String positions) {
        return ingest.record(id, formJson(positions, "positions", PositionBatch.class));
    }

    private TemplateInstance page(long id, FormProblem problem) {
        RunDetailView detail = runs.detail(id, frame.locale());
        return frame.dress(Templates.run(detail, nextStop(detail), frame.json(drawing(detail)), problem));
    }

    /** The first stop with a child still to be picked up or dropped off. */
    private static Integer nextStop(RunDetailView detail) {
        for (RunDetailView.StopView s : detail.stops()) {
            boolean open = s.children().stream().anyMatch(r -> switch (r.state()) {
                case EXPECTED -> true;
                case ON_BOARD -> detail.run().direction() == org.schoolshuttle.route.Direction.FROM_SCHOOL;
                default -> false;
            });
            if (open) {
                return s.seq();
            }
        }
        return null;
    }

    private static FamilyMap.Drawing drawing(RunDetailView d) {
        List<FamilyMap.Line> lines = new ArrayList<>();
        if (d.geometry() != null) {
            lines.add(new FamilyMap.Line(d.geometry().coordinates(), "#1f6b24", false, d.run().name()));
        }
        Integer next = nextStop(d);
        List<FamilyMap.Point> points = new ArrayList<>();
        for (RunDetailView.StopView s : d.stops()) {
            points.add(new FamilyMap.Point(s.lat(), s.lon(), next != null && next == s.seq() ? "next" : "stop",
                    (s.seq() + 1) + ". " + s.name() + " " + s.plannedTime()));
        }
        if (d.school() != null) {
            points.add(new FamilyMap.Point(d.school().lat(), d.school().lon(), "school", d.school().name()));
        }
        return new FamilyMap.Drawing(lines, points);
    }

    /** Today is the driver's village's today: a run at 07:00 in Hubei is on the village's date, not the server's. */
    private java.time.ZoneId villageZone() {
        org.schoolshuttle.fleet.DriverView me = drivers.me();
        org.schoolshuttle.village.Village village = villages.findById(me.villageId());
        return java.time.ZoneId.of(village.timeZone);
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException("date", "must be a date, as YYYY-MM-DD");
        }
    }
}
