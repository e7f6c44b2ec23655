package org.schoolshuttle.route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;

import java.net.URI;

@Path("/api/v1/schools/{schoolId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Plans")
public class SchoolPlanResource {

    private final PlanService plans;
    private final DraftRunner runner;

    SchoolPlanResource(PlanService plans, DraftRunner runner) {
        this.plans = plans;
        this.runner = runner;
    }

    @POST
    @Operation(summary = "Start computing a draft plan for the school; follow its progress at the returned location")
    public Response start(@PathParam("schoolId") long schoolId, PlanRequest request) {
        RoutePlanView plan = plans.start(schoolId, request);
        runner.submit(plan.id());
        return Response.accepted(plan).location(URI.create("/api/v1/plans/" + plan.id())).build();
    }

    @GET
    @Operation(summary = "The school's plans, newest first, with status and progress")
    public Page<RoutePlanView> list(@PathParam("schoolId") long schoolId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return plans.list(schoolId, PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }
}
