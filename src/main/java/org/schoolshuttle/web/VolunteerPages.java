package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.sponsor.SponsorView;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;
import org.schoolshuttle.volunteer.BoardChoiceRequest;
import org.schoolshuttle.volunteer.BoardView;
import org.schoolshuttle.volunteer.ContributionRequest;
import org.schoolshuttle.volunteer.CorrectionRequest;
import org.schoolshuttle.volunteer.HoursLedger;
import org.schoolshuttle.volunteer.HoursRequest;
import org.schoolshuttle.volunteer.PointsSchemeRequest;
import org.schoolshuttle.volunteer.PointsSchemeView;
import org.schoolshuttle.volunteer.PointsSchemes;
import org.schoolshuttle.volunteer.RedemptionRequest;
import org.schoolshuttle.volunteer.RewardLedger;
import org.schoolshuttle.volunteer.RewardPoolView;
import org.schoolshuttle.volunteer.RewardRedemption;
import org.schoolshuttle.volunteer.ServiceCertificate;
import org.schoolshuttle.volunteer.ThankYouBoard;
import org.schoolshuttle.volunteer.VolunteerKind;
import org.schoolshuttle.volunteer.VolunteerLine;
import org.schoolshuttle.volunteer.VolunteerRecordView;
import org.schoolshuttle.volunteer.VolunteerService;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The coordinator's volunteers page: each volunteer's hours and points for a month, the thank-you board, the points
 * scheme, the reward pool with its contributions and rewards; and one volunteer's page with their hours by hand,
 * corrections and history. Every form goes through the same services as the API.
 */
@Path("/app/coordinator/volunteers")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class VolunteerPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance volunteers(List<VillageView> villages, VillageView village, YearMonth month,
                                                  List<VolunteerLine> volunteers, BoardView board, PointsSchemeView scheme,
                                                  RewardPoolView pool, List<SponsorView> sponsors, String saved,
                                                  FormProblem problem);

        static native TemplateInstance volunteer(VillageView village, String kind, VolunteerRecordView record,
                                                 HoursRequest.Kind[] hoursKinds, String saved, FormProblem problem);
    }

    private static final PageRequest ALL = PageRequest.of(0, 100);
    private static final String BASE = "/app/coordinator/volunteers";

    private final PageFrame frame;
    private final VillageService villages;
    private final VolunteerService volunteers;
    private final HoursLedger hours;
    private final ThankYouBoard board;
    private final PointsSchemes schemes;
    private final RewardLedger ledger;
    private final SponsorService sponsors;
    private final Validator validator;
    private final ServiceCertificate certificates;

    VolunteerPages(PageFrame frame, VillageService villages, VolunteerService volunteers, HoursLedger hours,
                   ThankYouBoard board, PointsSchemes schemes, RewardLedger ledger, SponsorService sponsors,
                   Validator validator, ServiceCertificate certificates) {
        this.certificates = certificates;
        this.frame = frame;
        this.villages = villages;
        this.volunteers = volunteers;
        this.hours = hours;
        this.board = board;
        this.schemes = schemes;
        this.ledger = ledger;
        this.sponsors = sponsors;
        this.validator = validator;
    }

    @GET
    public TemplateInstance page(@QueryParam("villageId") String villageId, @QueryParam("month") String month,
                                 @QueryParam("saved") String saved) {
        return page(village(villageId), month(month), saved, null);
    }

    @GET
    @Path("/{kind}/{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("kind") String kind, @PathParam("id") long id,
                                @QueryParam("villageId") String villageId, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        return Response.ok(certificates.of(village(villageId).id(), VolunteerKind.ofPath(kind), id, from, to),
                "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + ServiceCertificate.fileName(from, to) + "\"").build();
    }

    @GET
    @Path("/{kind}/{id}")
    public TemplateInstance volunteer(@PathParam("kind") String kind, @PathParam("id") long id,
                                      @QueryParam("villageId") String villageId, @QueryParam("saved") String saved) {
        return volunteerPage(village(villageId), kind, id, saved, null);
    }

    @POST
    @Path("/scheme")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response scheme(@QueryParam("villageId") String villageId, @FormParam("pointsPerHour") String perHour,
                           @FormParam("earlyRunBonus") String early, @FormParam("earlyBefore") String earlyBefore,
                           @FormParam("fullMonthBonus") String fullMonth, @FormParam("cleanRecordBonus") String clean) {
        VillageView village = village(villageId);
        return villageForm(village, "scheme", () -> {
            PointsSchemeRequest request = new PointsSchemeRequest(FormValues.whole(perHour, "pointsPerHour"),
                    FormValues.whole(early, "earlyRunBonus"), FormValues.time(earlyBefore, "earlyBefore"),
                    FormValues.whole(fullMonth, "fullMonthBonus"), FormValues.whole(clean, "cleanRecordBonus"));
            schemes.put(village.id(), checked(request));
        });
    }

    @POST
    @Path("/contributions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contribute(@QueryParam("villageId") String villageId, @FormParam("sponsorId") String sponsorId,
                               @FormParam("amount") String amount, @FormParam("contributedOn") String on,
                               @FormParam("note") String note) {
        VillageView village = village(villageId);
        return villageForm(village, "pool", () -> {
            ContributionRequest request = new ContributionRequest(FormValues.id(sponsorId, "sponsorId"),
                    FormValues.amount(amount, "amount"), FormValues.date(on, "contributedOn"), FormValues.text(note));
            ledger.contribute(village.id(), checked(request));
        });
    }

    @POST
    @Path("/redemptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeem(@QueryParam("villageId") String villageId, @FormParam("volunteer") String volunteer,
                           @FormParam("reward") String reward, @FormParam("item") String item,
                           @FormParam("amount") String amount, @FormParam("points") String points,
                           @FormParam("redeemedOn") String on, @FormParam("note") String note) {
        VillageView village = village(villageId);
        return villageForm(village, "pool", () -> {
            String[] who = volunteer == null ? new String[0] : volunteer.split(":", 2);
            if (who.length != 2) {
                throw new InvalidInputException("volunteerId", "must be chosen from the list");
            }
            RedemptionRequest request = new RedemptionRequest(
                    FormValues.choice(who[0], VolunteerKind.class, "volunteerKind"), FormValues.id(who[1], "volunteerId"),
                    FormValues.choice(reward, RewardRedemption.Reward.class, "reward"), FormValues.text(item),
                    FormValues.amount(amount, "amount"), FormValues.whole(points, "points"),
                    FormValues.date(on, "redeemedOn"), FormValues.text(note));
            ledger.redeem(village.id(), checked(request));
        });
    }

    @POST
    @Path("/{kind}/{id}/hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordHours(@PathParam("kind") String kind, @PathParam("id") long id,
                                @QueryParam("villageId") String villageId, @FormParam("kind") String hoursKind,
                                @FormParam("serviceDate") String day, @FormParam("minutes") String minutes,
                                @FormParam("note") String note) {
        VillageView village = village(villageId);
        return volunteerForm(village, kind, id, "hours", () -> {
            HoursRequest request = new HoursRequest(FormValues.choice(hoursKind, HoursRequest.Kind.class, "kind"),
                    FormValues.date(day, "serviceDate"), FormValues.whole(minutes, "minutes"), FormValues.text(note));
            hours.record(village.id(), volunteerKind(kind), id, checked(request));
        });
    }

    @POST
    @Path("/{kind}/{id}/hours/{entryId}/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("kind") String kind, @PathParam("id") long id, @PathParam("entryId") long entryId,
                            @QueryParam("villageId") String villageId, @FormParam("minutes") String minutes,
                            @FormParam("reason") String reason) {
        VillageView village = village(villageId);
        return volunteerForm(village, kind, id, "history", () -> {
            CorrectionRequest request = new CorrectionRequest(FormValues.whole(minutes, "minutes"), FormValues.text(reason));
            hours.correct(village.id(), volunteerKind(kind), id, entryId, checked(request));
        });
    }

    @POST
    @Path("/{kind}/{id}/board")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response board(@PathParam("kind") String kind, @PathParam("id") long id,
                          @QueryParam("villageId") String villageId, @FormParam("named") String named) {
        VillageView village = village(villageId);
        return volunteerForm(village, kind, id, "board", () ->
                volunteers.choose(village.id(), volunteerKind(kind), id, new BoardChoiceRequest("on".equals(named))));
    }

    /** Why a form was refused, and the status the page answers with. */
    private record Refusal(int status, FormProblem problem) {
    }

    /** A refused form comes back on the page with why; a saved one goes back to the page's section. */
    private Response villageForm(VillageView village, String section, Runnable save) {
        Refusal refused = attempt(save);
        if (refused != null) {
            return Response.status(refused.status()).entity(page(village, null, null, refused.problem())).build();
        }
        return Response.seeOther(URI.create(BASE + "?villageId=" + village.id() + "&saved=" + section + "#" + section)).build();
    }

    private Response volunteerForm(VillageView village, String kind, long id, String section, Runnable save) {
        Refusal refused = attempt(save);
        if (refused != null) {
            return Response.status(refused.status())
                    .entity(volunteerPage(village, kind, id, null, refused.problem())).build();
        }
        return Response.seeOther(URI.create(BASE + "/" + kind + "/" + id + "?villageId=" + village.id() + "&saved="
                + section + "#" + section)).build();
    }

    private static Refusal attempt(Runnable save) {
        try {
            save.run();
            return null;
        } catch (ConstraintViolationException e) {
            return new Refusal(400, FormProblem.of(e.getConstraintViolations()));
        } catch (ProblemException e) {
            return new Refusal(e.status(), FormProblem.of(e));
        }
    }

    /** The form's request if bean validation passes it; the form is refused naming each field otherwise. */
    private <T> T checked(T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private TemplateInstance page(VillageView village, YearMonth month, String saved, FormProblem problem) {
        BoardView thanks = board.of(village.id(), month, frame.locale());
        return frame.dress(Templates.volunteers(villages.list(), village, thanks.month(),
                volunteers.list(village.id(), thanks.month()), thanks,
                schemes.get(village.id()), ledger.pool(village.id()), sponsors.list(village.id(), null, ALL).items(),
                saved, problem));
    }

    private TemplateInstance volunteerPage(VillageView village, String kind, long id, String saved, FormProblem problem) {
        VolunteerRecordView record = volunteers.of(village.id(), volunteerKind(kind), id);
        return frame.dress(Templates.volunteer(village, kind, record, HoursRequest.Kind.values(), saved, problem));
    }

    private static VolunteerKind volunteerKind(String path) {
        return VolunteerKind.ofPath(path);
    }

    private static YearMonth month(String text) {
        try {
            return ChildForm.blank(text) ? null : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a month as YYYY-MM");
        }
    }

    /** The village asked for, else the caller's first; one the caller does not coordinate is not found. */
    private VillageView village(String villageId) {
        if (ChildForm.blank(villageId)) {
            return villages.list().stream().findFirst().orElseThrow(() -> new NotFoundException("Village", "any"));
        }
        try {
            return villages.get(Long.parseLong(villageId.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("villageId", "must be a whole number");
        }
    }
}
