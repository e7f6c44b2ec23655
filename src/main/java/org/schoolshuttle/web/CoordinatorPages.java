package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.notify.Alerts;
import java.net.URI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.schoolshuttle.account.AuditResource;
import org.schoolshuttle.account.AuditView;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.dashboard.VillageDashboard;
import org.schoolshuttle.fleet.DriverService;
import org.schoolshuttle.fleet.DriverView;
import org.schoolshuttle.fleet.EscortService;
import org.schoolshuttle.fleet.EscortView;
import org.schoolshuttle.fleet.VehicleService;
import org.schoolshuttle.fleet.VehicleView;
import org.schoolshuttle.roster.RosterService;
import org.schoolshuttle.roster.RosterView;
import org.schoolshuttle.school.CalendarView;
import org.schoolshuttle.school.SchoolName;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.sponsor.SponsorView;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's pages for one village at a time (a coordinator of several picks it at the top):
 * dashboard, waitlist, schools and calendars, drivers, escorts and vehicles, roster, sponsors, audit log.
 */
@Path("/app/coordinator")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class CoordinatorPages {

    /** A date on a licence, check or policy, as the fleet page highlights it. */
    public record Expiry(LocalDate date, String state) {
    }

    public record DriverLine(DriverView driver, Expiry licence, Expiry check) {
    }

    public record EscortLine(EscortView escort, Expiry check) {
    }

    public record VehicleLine(VehicleView vehicle, Expiry inspection, Expiry insurance) {
    }

    public record SchoolLine(SchoolView school, CalendarView calendar) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance dashboard(List<VillageView> villages, VillageView village,
                                                 VillageDashboard.Figures figures, List<SchoolName> schools,
                                                 Map<Long, String> schoolNames);

        static native TemplateInstance waitlist(List<VillageView> villages, VillageView village,
                                                List<VillageDashboard.Waiting> waiting, Map<Long, String> schoolNames);

        static native TemplateInstance schools(List<VillageView> villages, VillageView village, List<SchoolLine> schools);

        static native TemplateInstance fleet(List<VillageView> villages, VillageView village, List<DriverLine> drivers,
                                             List<EscortLine> escorts, List<VehicleLine> vehicles, int warningDays);

        static native TemplateInstance roster(List<VillageView> villages, VillageView village, RosterView roster);

        static native TemplateInstance sponsors(List<VillageView> villages, VillageView village, List<SponsorView> sponsors);

        static native TemplateInstance audit(List<VillageView> villages, VillageView village, List<AuditView> entries);
    }

    private static final int EXPIRY_WARNING_DAYS = 30;
    private static final PageRequest ALL = PageRequest.of(0, 100);

    private final PageFrame frame;
    private final VillageService villages;
    private final VillageDashboard dashboard;
    private final SchoolService schools;
    private final DriverService drivers;
    private final EscortService escorts;
    private final VehicleService vehicles;
    private final RosterService roster;
    private final SponsorService sponsors;
    private final AuditResource audit;
    private final Alerts alerts;
    private final Clock clock;

    CoordinatorPages(PageFrame frame, VillageService villages, VillageDashboard dashboard, SchoolService schools,
                     DriverService drivers, EscortService escorts, VehicleService vehicles, RosterService roster,
                     SponsorService sponsors, AuditResource audit, Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.frame = frame;
        this.villages = villages;
        this.dashboard = dashboard;
        this.schools = schools;
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.roster = roster;
        this.sponsors = sponsors;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("villageId") String villageId) {
        List<VillageView> mine = villages.list();
        VillageView village = village(villageId, mine);
        List<SchoolName> offered = schools.namesOfVillage(village.id());
        return frame.dress(Templates.dashboard(mine, village, dashboard.of(village), offered,
                offered.stream().collect(Collectors.toMap(SchoolName::id, s -> s.in(frame.language())))));
    }

    /** The coordinator has dealt with an alert; it leaves the dashboard (and stays in the record). */
    @POST
    @Path("/alerts/{id}/acknowledge")
    public Response acknowledge(@PathParam("id") long id, @QueryParam("villageId") String villageId) {
        alerts.acknowledge(id);
        return Response.seeOther(URI.create("/app/coordinator" + (villageId == null ? "" : "?villageId=" + villageId)
                + "#alerts")).build();
    }

    @GET
    @Path("/waitlist")
    public TemplateInstance waitlist(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        Map<Long, String> names = schools.list(village.id(), ALL).items().stream()
                .collect(Collectors.toMap(SchoolView::id, s -> FamilyMap.name(s, frame.language())));
        return frame.dress(Templates.waitlist(villages.list(), village, dashboard.waitlist(village.id()), names));
    }

    @GET
    @Path("/schools")
    public TemplateInstance schools(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        List<SchoolLine> lines = schools.list(village.id(), ALL).items().stream()
                .map(s -> new SchoolLine(s, schools.calendar(s.id()))).toList();
        return frame.dress(Templates.schools(villages.list(), village, lines));
    }

    @GET
    @Path("/fleet")
    public TemplateInstance fleet(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        LocalDate today = LocalDate.now(clock);
        Function<LocalDate, Expiry> expiry = d -> new Expiry(d, d == null ? "" : d.isBefore(today) ? "expired"
                : d.isBefore(today.plusDays(EXPIRY_WARNING_DAYS + 1)) ? "expiring" : "");
        List<DriverLine> d = drivers.list(village.id(), null, ALL).items().stream()
                .map(x -> new DriverLine(x, expiry.apply(x.licenceExpiry()), expiry.apply(x.backgroundCheckExpiry()))).toList();
        List<EscortLine> e = escorts.list(village.id(), ALL).items().stream()
                .map(x -> new EscortLine(x, expiry.apply(x.backgroundCheckExpiry()))).toList();
        List<VehicleLine> v = vehicles.list(village.id(), null, ALL).items().stream()
                .map(x -> new VehicleLine(x, expiry.apply(x.inspectionExpiry()), expiry.apply(x.insuranceExpiry()))).toList();
        return frame.dress(Templates.fleet(villages.list(), village, d, e, v, EXPIRY_WARNING_DAYS));
    }

    @GET
    @Path("/roster")
    public TemplateInstance roster(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        LocalDate today = LocalDate.now(clock);
        return frame.dress(Templates.roster(villages.list(), village, roster.roster(village.id(), today, today.plusDays(13))));
    }

    @GET
    @Path("/sponsors")
    public TemplateInstance sponsors(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        return frame.dress(Templates.sponsors(villages.list(), village, sponsors.list(village.id(), null, ALL).items()));
    }

    @GET
    @Path("/audit")
    public TemplateInstance audit(@QueryParam("villageId") String villageId) {
        VillageView village = village(villageId);
        return frame.dress(Templates.audit(villages.list(), village,
                audit.list(String.valueOf(village.id()), null, null, "0", "100").items()));
    }

    /** The village asked for, else the caller's first; one the caller does not coordinate is not found. */
    private VillageView village(String villageId) {
        return village(villageId, null);
    }

    /** The same, picked from the caller's villages when the page has listed them already. */
    private VillageView village(String villageId, List<VillageView> mine) {
        if (villageId == null || villageId.isBlank()) {
            return (mine != null ? mine : villages.list()).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Village", "any"));
        }
        long id;
        try {
            id = Long.parseLong(villageId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("villageId", "must be a whole number");
        }
        return (mine == null ? List.<VillageView>of() : mine).stream().filter(v -> v.id() == id).findFirst()
                .orElseGet(() -> villages.get(id));
    }
}
