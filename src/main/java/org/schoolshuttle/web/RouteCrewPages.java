package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.schoolshuttle.fleet.DriverService;
import org.schoolshuttle.fleet.DriverView;
import org.schoolshuttle.fleet.EscortService;
import org.schoolshuttle.fleet.EscortView;
import org.schoolshuttle.fleet.VehicleService;
import org.schoolshuttle.funding.SponsorshipService;
import org.schoolshuttle.funding.SponsorshipView;
import org.schoolshuttle.route.FundingModel;
import org.schoolshuttle.route.PlanService;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRequest;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.sponsor.SponsorView;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published routes of a village with who drives and escorts each, how it is funded and by whom: the
 * coordinator names a fit crew here, which also unblocks runs waiting for one.
 */
@Path("/app/coordinator/routes")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class RouteCrewPages {

    /** A route with what its form shows. */
    public record Line(Route route, String school, String plate, List<SponsorshipView> sponsorships) {
        public boolean sponsoredBy(long sponsorId) {
            return route.sponsorIds.contains(sponsorId);
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance routes(List<VillageView> villages, VillageView village, List<Line> routes,
                                              List<DriverView> drivers, List<EscortView> escorts,
                                              List<SponsorView> sponsors, FundingModel[] fundingModels,
                                              Long saved, Long failedRoute, FormProblem problem);
    }

    private static final PageRequest ALL = PageRequest.of(0, 100);

    private final PageFrame frame;
    private final VillageService villages;
    private final VillageDashboard dashboard;
    private final SchoolService schools;
    private final DriverService drivers;
    private final EscortService escorts;
    private final VehicleService vehicles;
    private final SponsorService sponsors;
    private final PlanService plans;
    private final SponsorshipService sponsorships;
    private final jakarta.validation.Validator validator;

    RouteCrewPages(jakarta.validation.Validator validator, PageFrame frame, VillageService villages, VillageDashboard dashboard, SchoolService schools,
                   DriverService drivers, EscortService escorts, VehicleService vehicles, SponsorService sponsors,
                   PlanService plans, SponsorshipService sponsorships) {
        this.sponsorships = sponsorships;
        this.frame = frame;
        this.villages = villages;
        this.dashboard = dashboard;
        this.schools = schools;
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.sponsors = sponsors;
        this.plans = plans;
        this.validator = validator;
    }

    @GET
    public TemplateInstance routes(@QueryParam("villageId") Long villageId, @QueryParam("saved") Long saved) {
        return page(villageId, saved, null, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long routeId, @QueryParam("villageId") Long villageId,
                         @FormParam("driverId") String driverId, @FormParam("escortId") String escortId,
                         @FormParam("fundingModel") String fundingModel, @FormParam("sponsorId") List<String> sponsorIds) {
        try {
            RouteRequest request = new RouteRequest(id(driverId, "driverId"), id(escortId, "escortId"),
                    funding(fundingModel), ids(sponsorIds));
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return Response.status(400).entity(page(villageId, null, routeId, FormProblem.of(violations))).build();
            }
            plans.updateRoute(routeId, request);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(villageId, null, routeId, FormProblem.of(e))).build();
        }
        return Response.seeOther(URI.create("/app/coordinator/routes?villageId=" + (villageId == null ? "" : villageId)
                + "&saved=" + routeId + "#route-" + routeId)).build();
    }

    private TemplateInstance page(Long villageId, Long saved, Long failedRoute, FormProblem problem) {
        List<VillageView> all = villages.list();
        VillageView village = villageId == null ? all.stream().findFirst()
                .orElseThrow(() -> new org.schoolshuttle.common.NotFoundException("Village", "any"))
                : villages.get(villageId);
        Map<Long, String> schoolNames = schools.list(village.id(), ALL).items().stream()
                .collect(Collectors.toMap(SchoolView::id, s -> FamilyMap.name(s, frame.language())));
        Map<Long, String> plates = vehicles.list(village.id(), null, ALL).items().stream()
                .collect(Collectors.toMap(v -> v.id(), v -> v.plate()));
        List<SponsorshipView> active = sponsorships.list(village.id(), null, "ACTIVE");
        List<Line> lines = dashboard.publishedRoutes(village.id()).stream()
                .map(r -> new Line(r, schoolNames.getOrDefault(r.schoolId, ""),
                        plates.getOrDefault(r.vehicleId, "#" + r.vehicleId),
                        active.stream().filter(a -> r.id.equals(a.routeId()) || r.vehicleId.equals(a.vehicleId())).toList()))
                .toList();
        return frame.dress(Templates.routes(all, village, lines, drivers.list(village.id(), null, ALL).items(),
                escorts.list(village.id(), ALL).items(), sponsors.list(village.id(), null, ALL).items(),
                FundingModel.values(), saved, failedRoute, problem));
    }

    private static Long id(String text, String field) {
        if (ChildForm.blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be chosen from the list");
        }
    }

    private static FundingModel funding(String text) {
        try {
            return ChildForm.blank(text) ? null : FundingModel.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("fundingModel", "must be SOCIAL_ORGANISATION, COMMUNITY_VOLUNTEER or CHARITY_FUNDED");
        }
    }

    private static Set<Long> ids(List<String> texts) {
        Set<Long> found = new HashSet<>();
        if (texts != null) {
            for (String t : texts) {
                found.add(id(t, "sponsorIds"));
            }
        }
        found.remove(null);
        return found;
    }
}
