package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.ChildRequest;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.family.ChildView;
import org.schoolshuttle.route.AssignmentService;
import org.schoolshuttle.route.AssignmentView;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.run.AbsenceRequest;
import org.schoolshuttle.run.AbsenceView;
import org.schoolshuttle.run.Absences;
import org.schoolshuttle.run.TodayView;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * A parent's pages for one child: registering them with a pin on the map or an address, then their stop,
 * walk and times on a map, today's rides, absences and withdrawal.
 */
@Path("/app/family/children")
@RolesAllowed(Role.PARENT_NAME)
public class ChildPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance childForm(ChildForm form, List<VillageView> villages, Long villageId,
                                                 List<SchoolView> schools, FormProblem problem);

        static native TemplateInstance child(ChildView child, String school, AssignmentView assignment, String mapData,
                                             TodayView today, List<AbsenceView> absences, FormProblem problem,
                                             boolean registered);
    }

    private final PageFrame frame;
    private final ChildService children;
    private final SchoolService schools;
    private final AssignmentService assignments;
    private final Absences absences;
    private final Validator validator;
    private final FamilyMap familyMap;
    private final VillageService villages;
    private final org.schoolshuttle.live.LiveViews live;

    ChildPages(org.schoolshuttle.live.LiveViews live, PageFrame frame, ChildService children, SchoolService schools, AssignmentService assignments,
               Absences absences, Validator validator, FamilyMap familyMap, VillageService villages) {
        this.villages = villages;
        this.live = live;
        this.frame = frame;
        this.children = children;
        this.schools = schools;
        this.assignments = assignments;
        this.absences = absences;
        this.validator = validator;
        this.familyMap = familyMap;
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@jakarta.ws.rs.QueryParam("villageId") Long villageId) {
        return formPage(new ChildForm(), villageId, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@BeanParam ChildForm form) {
        FormProblem problem;
        try {
            ChildRequest request = form.toRequest();
            Set<ConstraintViolation<ChildRequest>> violations = validator.validate(request);
            if (violations.isEmpty()) {
                ChildView created = children.register(request);
                return Response.seeOther(URI.create("/app/family/children/" + created.id() + "?registered=1")).build();
            }
            problem = FormProblem.of(violations);
        } catch (ProblemException e) {
            problem = FormProblem.of(e);
        }
        Long villageId = null;
        if (!ChildForm.blank(form.schoolId)) {
            try {
                villageId = schools.get(Long.parseLong(form.schoolId.trim())).villageId();
            } catch (RuntimeException e) {
                villageId = null;
            }
        }
        return Response.status(400).entity(formPage(form, villageId, problem)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance child(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("registered") String registered) {
        return page(id, null, registered != null);
    }

    /** Today's run of the child as it happens; the page asks every 15 seconds. */
    @GET
    @Path("/{id}/live")
    @Produces(MediaType.APPLICATION_JSON)
    public org.schoolshuttle.live.LiveView.Child live(@PathParam("id") long id) {
        return live.child(id);
    }

    @POST
    @Path("/{id}/absences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reportAbsence(@PathParam("id") long id, @FormParam("firstDay") String firstDay,
                                  @FormParam("lastDay") String lastDay, @FormParam("direction") String direction,
                                  @FormParam("note") String note) {
        try {
            AbsenceRequest request = new AbsenceRequest(day(firstDay, "firstDay"), day(lastDay, "lastDay"),
                    ChildForm.blank(direction) ? null : Direction.valueOf(direction), ChildForm.trim(note));
            Set<ConstraintViolation<AbsenceRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return Response.status(400).entity(page(id, FormProblem.of(violations), false)).build();
            }
            absences.report(id, request);
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(id, FormProblem.of("direction", "must be TO_SCHOOL or FROM_SCHOOL"), false)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e), false)).build();
        }
        return Response.seeOther(URI.create("/app/family/children/" + id + "#absences")).build();
    }

    @POST
    @Path("/{id}/absences/{absenceId}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancelAbsence(@PathParam("id") long id, @PathParam("absenceId") long absenceId) {
        try {
            absences.cancel(id, absenceId);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e), false)).build();
        }
        return Response.seeOther(URI.create("/app/family/children/" + id + "#absences")).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") long id) {
        children.withdraw(id);
        return Response.seeOther(URI.create("/app/family")).build();
    }

    private TemplateInstance page(long id, FormProblem problem, boolean registered) {
        ChildView child = children.get(id);
        SchoolView school = schools.get(child.schoolId());
        AssignmentView assignment = null;
        TodayView today = null;
        if (child.status() == ChildStatus.ACTIVE) {
            assignment = assignments.of(id, frame.locale());
            today = absences.today(id);
        }
        String mapData = frame.json(familyMap.of(child, school, assignment, frame));
        return frame.dress(Templates.child(child, FamilyMap.name(school, frame.language()), assignment, mapData, today,
                absences.list(id), problem, registered));
    }

    /** The village is chosen first, so the school list stays short however many villages the service covers. */
    private TemplateInstance formPage(ChildForm form, Long villageId, FormProblem problem) {
        List<VillageView> all = villages.list();
        Long chosen = villageId != null ? villageId : all.size() == 1 ? Long.valueOf(all.get(0).id()) : null;
        List<SchoolView> offered = chosen == null ? List.of() : schools.list(chosen, PageRequest.of(0, 100)).items();
        return frame.dress(Templates.childForm(form, all, chosen, offered, problem));
    }

    private static LocalDate day(String text, String field) {
        if (ChildForm.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date, as YYYY-MM-DD");
        }
    }
}
