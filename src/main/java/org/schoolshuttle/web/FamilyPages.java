package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.family.ChildView;
import org.schoolshuttle.family.FamilyService;
import org.schoolshuttle.family.GuardianView;
import org.schoolshuttle.route.AssignmentService;
import org.schoolshuttle.route.AssignmentView;
import org.schoolshuttle.school.SchoolService;

import java.util.List;

/** The family's home page: each child with their stop and times or why they wait, and the family's data. */
@Path("/app/family")
@RolesAllowed(Role.PARENT_NAME)
public class FamilyPages {

    /** A child as the family list shows them. */
    public record ChildLine(ChildView child, String school, AssignmentView assignment) {
        public boolean active() {
            return child.status() == ChildStatus.ACTIVE;
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance family(GuardianView guardian, List<ChildLine> children, FormProblem problem);
    }

    private final PageFrame frame;
    private final FamilyService family;
    private final ChildService children;
    private final AssignmentService assignments;
    private final SchoolService schools;

    FamilyPages(PageFrame frame, FamilyService family, ChildService children, AssignmentService assignments,
                SchoolService schools) {
        this.frame = frame;
        this.family = family;
        this.children = children;
        this.assignments = assignments;
        this.schools = schools;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return frame.dress(Templates.family(family.guardian(), lines(), null));
    }

    private List<ChildLine> lines() {
        return children.list(null, null, PageRequest.of(0, 100)).items().stream()
                .map(c -> new ChildLine(c, schoolName(c.schoolId()), assignmentOf(c))).toList();
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        return Response.ok(family.export())
                .header("Content-Disposition", "attachment; filename=\"family-data.json\"").build();
    }

    /** How many minutes before the shuttle reaches the family's stop they want to hear of it. */
    @jakarta.ws.rs.POST
    @Path("/near-minutes")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nearMinutes(@jakarta.ws.rs.FormParam("nearMinutes") String minutes) {
        GuardianView me = family.guardian();
        Integer n;
        try {
            n = Integer.valueOf(minutes == null ? "" : minutes.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 30) {
            return Response.status(400).type(MediaType.TEXT_HTML).entity(frame.dress(Templates.family(me, lines(),
                    FormProblem.of("nearMinutes", "must be a whole number of minutes from 1 to 30")))).build();
        }
        family.updateGuardian(new org.schoolshuttle.family.GuardianRequest(me.givenName(), me.familyName(), me.email(), n));
        return Response.seeOther(java.net.URI.create("/app/family#near")).build();
    }

    private AssignmentView assignmentOf(ChildView c) {
        if (c.status() != ChildStatus.ACTIVE) {
            return null;
        }
        try {
            return assignments.of(c.id(), frame.locale());
        } catch (ProblemException e) {
            return null;
        }
    }

    private String schoolName(long schoolId) {
        return FamilyMap.name(schools.get(schoolId), frame.language());
    }
}
