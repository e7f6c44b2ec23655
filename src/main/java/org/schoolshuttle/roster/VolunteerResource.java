package org.schoolshuttle.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.QueryValues;
import org.schoolshuttle.fleet.AvailabilitySlot;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/volunteer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DRIVER_NAME)
@Tag(name = "Roster")
public class VolunteerResource {

    private final RosterService roster;

    VolunteerResource(RosterService roster) {
        this.roster = roster;
    }

    @GET
    @Path("/duties")
    @Operation(summary = "The calling volunteer's roster duties from today on")
    public List<DutyView> duties() {
        return roster.mine();
    }

    @GET
    @Path("/availability")
    @Operation(summary = "When the calling volunteer drives, week by week")
    public List<AvailabilitySlot> availability() {
        return roster.availability();
    }

    @PUT
    @Path("/availability")
    @Operation(summary = "States when the calling volunteer drives, week by week (replaces what was stated)")
    public List<AvailabilitySlot> setAvailability(@NotNull(message = "is required")
                                                  @Size(max = 14, message = "must list at most 14 slots")
                                                  List<@Valid @NotNull(message = "must not be null") AvailabilitySlot> slots) {
        return roster.setAvailability(slots);
    }

    @GET
    @Path("/away-days")
    @Operation(summary = "Days from today on the calling volunteer cannot drive")
    public List<LocalDate> awayDays() {
        return roster.awayDays();
    }

    @POST
    @Path("/away-days")
    @Operation(summary = "Adds a day the calling volunteer cannot drive (the roster moves their duty that day)")
    public List<LocalDate> addAwayDay(@Valid @NotNull(message = "is required") AwayDayRequest request) {
        return roster.addAwayDay(request.day());
    }

    @DELETE
    @Path("/away-days/{day}")
    @Operation(summary = "Removes a day away")
    public List<LocalDate> removeAwayDay(@PathParam("day") String day) {
        return roster.removeAwayDay(QueryValues.date(day, "day"));
    }
}
