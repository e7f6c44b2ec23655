package org.schoolshuttle.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.QueryValues;

import java.util.List;

@Path("/api/v1/driver/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DRIVER_NAME)
@Tag(name = "Runs")
public class DriverRunResource {

    private final RunService runs;

    DriverRunResource(RunService runs) {
        this.runs = runs;
    }

    @GET
    @Operation(summary = "The calling driver's own runs on a day (today by default), in time order")
    public List<RunView> mine(@QueryParam("date") String date) {
        return runs.mine(QueryValues.date(date, "date"));
    }
}
