package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.route.ComparisonView;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.DraftRunner;
import org.schoolshuttle.route.PlanRequest;
import org.schoolshuttle.route.PlanService;
import org.schoolshuttle.route.PlanStatus;
import org.schoolshuttle.route.RouteDetailView;
import org.schoolshuttle.route.RoutePlanView;
import org.schoolshuttle.school.SchoolName;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner: start a draft for a school, watch it compute, see it on a map, compare it side by side
 * with the published plan (and which families it would move), then publish it.
 */
@Path("/app/coordinator")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class PlannerPages {

    public record Progress(PlanStatus status, String stage, int progress, String failure) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance planner(SchoolView school, String schoolName, List<RoutePlanView> plans,
                                               List<SchoolName> others, int defaultSeconds, FormProblem problem);

        static native TemplateInstance plan(RoutePlanView plan, String schoolName, java.util.Map<Long, String> schoolNames,
                                            ComparisonView comparison, String mapData, boolean published,
                                            FormProblem problem);
    }

    private final PageFrame frame;
    private final PlanService plans;
    private final SchoolService schools;
    private final int defaultSeconds;
    private final DraftRunner runner;

    PlannerPages(PageFrame frame, PlanService plans, SchoolService schools, DraftRunner runner,
                 @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shuttle.route.solver-seconds") int defaultSeconds) {
        this.frame = frame;
        this.plans = plans;
        this.schools = schools;
        this.defaultSeconds = defaultSeconds;
        this.runner = runner;
    }

    @GET
    @Path("/schools/{id}/planner")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance planner(@PathParam("id") long schoolId) {
        return plannerPage(schoolId, null);
    }

    @POST
    @Path("/schools/{id}/plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("id") long schoolId, @FormParam("solverSeconds") String seconds,
                          @FormParam("sharedWith") List<String> sharedWith) {
        try {
            Integer solverSeconds = ChildForm.blank(seconds) ? null : parseSeconds(seconds);
            List<Long> shared = new ArrayList<>();
            for (int i = 0; sharedWith != null && i < sharedWith.size(); i++) {
                try {
                    shared.add(Long.valueOf(sharedWith.get(i).trim()));
                } catch (NumberFormatException e) {
                    throw new org.schoolshuttle.common.InvalidInputException("sharedWith[" + i + "]", "must be a school id");
                }
            }
            RoutePlanView started = plans.start(schoolId, new PlanRequest(null, solverSeconds,
                    shared.isEmpty() ? null : shared));
            runner.submit(started.id());
            return Response.seeOther(URI.create("/app/coordinator/plans/" + started.id())).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(plannerPage(schoolId, FormProblem.of(e))).build();
        }
    }

    @GET
    @Path("/plans/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance plan(@PathParam("id") long id, @QueryParam("published") String published) {
        return planPage(id, published != null, null);
    }

    @GET
    @Path("/plans/{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress progress(@PathParam("id") long id) {
        RoutePlanView p = plans.get(id);
        return new Progress(p.status(), p.stage(), p.progress(), p.failure());
    }

    @POST
    @Path("/plans/{id}/publish")
    @Produces(MediaType.TEXT_HTML)
    public Response publish(@PathParam("id") long id) {
        try {
            plans.publish(id);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(planPage(id, false, FormProblem.of(e))).build();
        }
        return Response.seeOther(URI.create("/app/coordinator/plans/" + id + "?published=1")).build();
    }

    private TemplateInstance plannerPage(long schoolId, FormProblem problem) {
        SchoolView school = schools.get(schoolId);
        // The village's other schools, to share routes with (mixed load).
        List<SchoolName> others = schools.namesOfVillage(school.villageId()).stream().filter(n -> n.id() != schoolId)
                .toList();
        return frame.dress(Templates.planner(school, FamilyMap.name(school, frame.language()),
                plans.list(schoolId, PageRequest.of(0, 20)).items(), others, defaultSeconds, problem));
    }

    private TemplateInstance planPage(long id, boolean published, FormProblem problem) {
        RoutePlanView plan = plans.get(id);
        SchoolView school = schools.get(plan.schoolId());
        ComparisonView comparison = plan.status() == PlanStatus.DRAFT ? plans.compare(id) : null;
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        List<SchoolView> covered = new ArrayList<>();
        for (Long other : plan.schoolIds()) {
            SchoolView s = schools.get(other);
            covered.add(s);
            names.put(other, FamilyMap.name(s, frame.language()));
        }
        return frame.dress(Templates.plan(plan, String.join(" + ", names.values()), names, comparison,
                frame.json(drawing(plan, covered)), published, problem));
    }

    /** The morning routes of the plan, each in its own colour, with their stops and the school. */
    private static FamilyMap.Drawing drawing(RoutePlanView plan, List<SchoolView> schools) {
        List<FamilyMap.Line> lines = new ArrayList<>();
        List<FamilyMap.Point> points = new ArrayList<>();
        for (RouteDetailView r : plan.routes()) {
            if (r.direction() != Direction.TO_SCHOOL) {
                continue;
            }
            if (r.geometry() != null) {
                lines.add(new FamilyMap.Line(r.geometry().coordinates(), null, false, r.name()));
            }
            for (RouteDetailView.StopView s : r.stops()) {
                points.add(new FamilyMap.Point(s.lat(), s.lon(), "stop", s.name() + " " + s.time() + " (" + s.children() + ")"));
            }
        }
        for (SchoolView school : schools) {
            points.add(new FamilyMap.Point(school.location().lat(), school.location().lon(), "school", school.nameZh()));
        }
        return new FamilyMap.Drawing(lines, points);
    }

    private static int parseSeconds(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new org.schoolshuttle.common.InvalidInputException("solverSeconds", "must be a whole number of seconds");
        }
    }
}
