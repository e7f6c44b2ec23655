package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.dashboard.VillageDashboard;
import org.schoolshuttle.fleet.VehicleService;
import org.schoolshuttle.fleet.VehicleView;
import org.schoolshuttle.funding.SponsorshipRequest;
import org.schoolshuttle.funding.SponsorshipService;
import org.schoolshuttle.funding.SponsorshipView;
import org.schoolshuttle.ledger.LedgerCategory;
import org.schoolshuttle.ledger.LedgerEntryRequest;
import org.schoolshuttle.ledger.LedgerService;
import org.schoolshuttle.ledger.RouteMonthView;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.sponsor.SponsorView;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A village's sponsorships (assign, end) and each route's ledger by month (record, remove), for coordinators.
 * The same services as the JSON API check every object against the caller.
 */
@Path("/app/coordinator/funding")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class FundingPages {

    /** What the sponsorship form was sent with, shown again when it is refused. */
    public record SponsorshipForm(String sponsorId, String target, String startsOn, String endsOn, String seats,
                                  String amount, String note) {
        public boolean chose(String kind, Object id) {
            return (kind + "-" + id).equals(target);
        }

        public boolean choseSponsor(Object id) {
            return String.valueOf(id).equals(sponsorId);
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance sponsorships(List<VillageView> villages, VillageView village,
                                                    List<SponsorshipView> sponsorships, List<SponsorView> sponsors,
                                                    List<Route> routes, List<VehicleView> vehicles, SponsorshipForm form,
                                                    FormProblem problem);

        static native TemplateInstance ledger(RouteMonthView month, List<SponsorView> sponsors,
                                              LedgerCategory[] categories, Map<String, String> form, FormProblem problem);
    }

    private static final PageRequest ALL = PageRequest.of(0, 100);

    private final PageFrame frame;
    private final VillageService villages;
    private final VillageDashboard dashboard;
    private final SponsorService sponsors;
    private final VehicleService vehicles;
    private final SponsorshipService sponsorships;
    private final LedgerService ledger;
    private final Validator validator;

    FundingPages(PageFrame frame, VillageService villages, VillageDashboard dashboard, SponsorService sponsors,
                 VehicleService vehicles, SponsorshipService sponsorships, LedgerService ledger, Validator validator) {
        this.frame = frame;
        this.villages = villages;
        this.dashboard = dashboard;
        this.sponsors = sponsors;
        this.vehicles = vehicles;
        this.sponsorships = sponsorships;
        this.ledger = ledger;
        this.validator = validator;
    }

    @GET
    public TemplateInstance sponsorships(@QueryParam("villageId") Long villageId) {
        return sponsorshipsPage(villageId, null, null);
    }

    @POST
    @Path("/sponsorships")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@QueryParam("villageId") Long villageId, @FormParam("sponsorId") String sponsorId,
                           @FormParam("target") String target, @FormParam("startsOn") String startsOn,
                           @FormParam("endsOn") String endsOn, @FormParam("seats") String seats,
                           @FormParam("amount") String amount, @FormParam("note") String note) {
        SponsorshipForm form = new SponsorshipForm(sponsorId, target, startsOn, endsOn, seats, amount, note);
        try {
            String t = target == null ? "" : target.trim();
            Long routeId = t.startsWith("route-") ? number(t.substring(6), "routeId") : null;
            Long vehicleId = t.startsWith("vehicle-") ? number(t.substring(8), "vehicleId") : null;
            Integer seatCount = ChildForm.blank(seats) ? null : Math.toIntExact(number(seats, "seatsCommitted"));
            SponsorshipRequest request = new SponsorshipRequest(number(sponsorId, "sponsorId"), routeId, vehicleId,
                    date(startsOn, "startsOn"), date(endsOn, "endsOn"), seatCount, amount(amount, "amountCommitted"), note);
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return Response.status(400).entity(sponsorshipsPage(villageId, form, FormProblem.of(violations))).build();
            }
            sponsorships.create(request);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(sponsorshipsPage(villageId, form, FormProblem.of(e))).build();
        } catch (ArithmeticException e) {
            return Response.status(400).entity(sponsorshipsPage(villageId, form,
                    FormProblem.of("seatsCommitted", "must be a number of seats"))).build();
        }
        return Response.seeOther(URI.create("/app/coordinator/funding?villageId=" + orEmpty(villageId))).build();
    }

    @POST
    @Path("/sponsorships/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, @QueryParam("villageId") Long villageId) {
        try {
            sponsorships.end(id, null);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(sponsorshipsPage(villageId, null, FormProblem.of(e))).build();
        }
        return Response.seeOther(URI.create("/app/coordinator/funding?villageId=" + orEmpty(villageId))).build();
    }

    @GET
    @Path("/routes/{routeId}")
    public TemplateInstance ledger(@PathParam("routeId") long routeId, @QueryParam("month") String month) {
        return ledgerPage(routeId, month(month), Map.of(), null);
    }

    @POST
    @Path("/routes/{routeId}/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("routeId") long routeId, @FormParam("month") String month,
                           @FormParam("category") String category, @FormParam("amount") String amount,
                           @FormParam("sponsorId") String sponsorId, @FormParam("note") String note) {
        Map<String, String> form = Map.of("category", orEmpty(category), "amount", orEmpty(amount),
                "sponsorId", orEmpty(sponsorId), "note", orEmpty(note));
        YearMonth shown = month(month);
        try {
            LedgerEntryRequest request = new LedgerEntryRequest(shown, category(category), amount(amount, "amount"),
                    ChildForm.blank(sponsorId) ? null : number(sponsorId, "sponsorId"), note);
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return Response.status(400).entity(ledgerPage(routeId, shown, form, FormProblem.of(violations))).build();
            }
            ledger.record(routeId, request);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(ledgerPage(routeId, shown, form, FormProblem.of(e))).build();
        }
        return Response.seeOther(URI.create("/app/coordinator/funding/routes/" + routeId + "?month=" + shown)).build();
    }

    @POST
    @Path("/entries/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @QueryParam("routeId") long routeId, @QueryParam("month") String month) {
        ledger.delete(id);
        return Response.seeOther(URI.create("/app/coordinator/funding/routes/" + routeId + "?month=" + month(month))).build();
    }

    private TemplateInstance sponsorshipsPage(Long villageId, SponsorshipForm form, FormProblem problem) {
        List<VillageView> all = villages.list();
        VillageView village = villageId == null ? all.stream().findFirst()
                .orElseThrow(() -> new org.schoolshuttle.common.NotFoundException("Village", "any"))
                : villages.get(villageId);
        return frame.dress(Templates.sponsorships(all, village, sponsorships.list(village.id(), null, null),
                sponsors.list(village.id(), null, ALL).items(), dashboard.publishedRoutes(village.id()),
                vehicles.list(village.id(), null, ALL).items(), form, problem));
    }

    private TemplateInstance ledgerPage(long routeId, YearMonth month, Map<String, String> form, FormProblem problem) {
        RouteMonthView view = ledger.routeMonth(routeId, month);
        List<SponsorView> villageSponsors = sponsors.list(ledger.villageOf(routeId), null, ALL).items();
        return frame.dress(Templates.ledger(view, villageSponsors, LedgerCategory.values(), form, problem));
    }

    private static YearMonth month(String text) {
        if (ChildForm.blank(text)) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a month as YYYY-MM");
        }
    }

    private static Long number(String text, String field) {
        if (ChildForm.blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private static LocalDate date(String text, String field) {
        if (ChildForm.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD");
        }
    }

    private static BigDecimal amount(String text, String field) {
        if (ChildForm.blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", "").replace("¥", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be an amount in yuan, such as 1200.50");
        }
    }

    private static LedgerCategory category(String text) {
        try {
            return ChildForm.blank(text) ? null : LedgerCategory.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "must be chosen from the list");
        }
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
