package org.schoolshuttle.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;

@Path("/api/v1/schools/{schoolId}/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Runs")
public class SchoolRunResource {

    private final RunService runs;
    private final RunGenerator generator;

    SchoolRunResource(RunService runs, RunGenerator generator) {
        this.runs = runs;
        this.generator = generator;
    }

    @POST
    @Operation(summary = "Generates the school's runs for a day now (the next school day by default), as the "
            + "evening job does; running it again only brings runs not yet started up to date")
    public RunService.Generated generate(@PathParam("schoolId") long schoolId, @Valid GenerateRequest request) {
        return runs.generate(schoolId, request == null ? null : request.date(), generator);
    }
}
