package org.schoolshuttle.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Role;

@Path("/api/v1/villages/{villageId}/thank-you-board")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME, Role.PARENT_NAME, Role.SPONSOR_NAME})
@Tag(name = "Volunteer recognition")
public class ThankYouBoardResource {

    private final ThankYouBoard board;
    private final AccessPolicy access;

    ThankYouBoardResource(ThankYouBoard board, AccessPolicy access) {
        this.board = board;
        this.access = access;
    }

    @GET
    @Operation(summary = "The village's volunteers of a month (this month by default, month=YYYY-MM) ranked by points "
            + "then hours, names only, \"a volunteer\" for those who chose not to be named; for everyone of the village")
    public BoardView get(@PathParam("villageId") long villageId, @QueryParam("month") String month) {
        return board.of(villageId, Months.parse(month, "month"), access.caller().locale());
    }
}
