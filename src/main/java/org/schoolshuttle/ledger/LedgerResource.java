package org.schoolshuttle.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.schoolshuttle.common.InvalidInputException;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

@Path("/api/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    private final LedgerService ledger;
    private final Clock clock;

    LedgerResource(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @POST
    @Path("/routes/{routeId}/entries")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Record a cost or an income of a route in a month")
    public Response record(@PathParam("routeId") long routeId,
                           @Valid @NotNull(message = "is required") LedgerEntryRequest request) {
        LedgerEntryView created = ledger.record(routeId, request);
        return Response.created(URI.create("/api/v1/ledger/routes/" + routeId + "?month=" + created.month()))
                .entity(created).build();
    }

    @GET
    @Path("/routes/{routeId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "A route's entries and totals in a month (this month by default), cost per child served")
    public RouteMonthView routeMonth(@PathParam("routeId") long routeId, @QueryParam("month") String month) {
        return ledger.routeMonth(routeId, month(month, "month", YearMonth.now(clock.withZone(ZoneOffset.UTC))));
    }

    @DELETE
    @Path("/entries/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Remove a mistaken entry (the audit log keeps it)")
    public Response delete(@PathParam("id") long id) {
        ledger.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/sponsors/{sponsorId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.SPONSOR_NAME})
    @Operation(summary = "Totals of the routes a sponsor supports, months from..to (this year by default)")
    public SponsorLedgerView sponsor(@PathParam("sponsorId") long sponsorId, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return ledger.sponsor(sponsorId, month(from, "from", YearMonth.of(now.getYear(), 1)), month(to, "to", now));
    }

    static YearMonth month(String text, String field, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month as YYYY-MM");
        }
    }
}
