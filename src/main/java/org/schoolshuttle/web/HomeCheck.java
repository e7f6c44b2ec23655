package org.schoolshuttle.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.family.HomeLocator;
import org.schoolshuttle.planning.WalkDistances;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.PublishedPlan;
import org.schoolshuttle.route.PublishedPlanRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.route.RouteStop;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoadNetwork;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the register-a-child form asks while the parent places the home: addresses matching what they
 * type, and for a pin, where it lands on a safe path and the nearest shuttle stop on foot. The seat itself
 * is decided when the child is registered.
 */
@Path("/app/family/home")
@RolesAllowed(Role.PARENT_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class HomeCheck {

    public record Check(double lat, double lon, double offPathMetres, String road, String near,
                        String stopName, Long walkMetres, int walkLimitMetres, boolean stopWithinWalk) {
    }

    private final HomeLocator homes;
    private final RoadNetwork network;
    private final RoutingService routing;
    private final SchoolService schools;
    private final PublishedPlanRepository published;
    private final RouteRepository routes;
    private final BusStopRepository stops;
    private final PageLanguage language;

    HomeCheck(HomeLocator homes, RoadNetwork network, RoutingService routing, SchoolService schools,
              PublishedPlanRepository published, RouteRepository routes, BusStopRepository stops, PageLanguage language) {
        this.homes = homes;
        this.network = network;
        this.routing = routing;
        this.schools = schools;
        this.published = published;
        this.routes = routes;
        this.stops = stops;
        this.language = language;
    }

    @GET
    @Path("/places")
    public List<GeocodedPlace> places(@QueryParam("q") String query) {
        if (query == null || query.isBlank() || query.length() > 200) {
            throw new InvalidInputException("q", "is required: an address, street or place name of at most 200 characters");
        }
        return network.graph().geocoder().search(query, 8, language.locale());
    }

    @GET
    @Path("/check")
    public Check check(@QueryParam("schoolId") long schoolId, @QueryParam("lat") double lat, @QueryParam("lon") double lon) {
        SchoolView school = schools.get(schoolId);
        HomeLocator.Home home = homes.locate(Coordinates.of(lat, lon), null);
        GeoPoint at = new GeoPoint(home.snapped().lat(), home.snapped().lon());
        String near = network.graph().geocoder().reverse(at.lat(), at.lon(), language.locale())
                .map(GeocodedPlace::label).orElse(null);
        List<BusStop> candidates = publishedStops(schoolId);
        String stopName = null;
        Long walk = null;
        if (!candidates.isEmpty()) {
            WalkDistances d = routing.walkDistances(List.of(at), candidates.stream().map(BusStop::point).toList());
            int best = -1;
            for (int s = 0; s < candidates.size(); s++) {
                if (best < 0 || d.metres(0, s) < d.metres(0, best)) {
                    best = s;
                }
            }
            if (Double.isFinite(d.metres(0, best))) {
                stopName = candidates.get(best).name;
                walk = Math.round(d.metres(0, best));
            }
        }
        return new Check(at.lat(), at.lon(), Math.round(home.snapped().distanceMeters()), home.snapped().roadName(), near,
                stopName, walk, school.walkLimitMeters(), walk != null && walk <= school.walkLimitMeters());
    }

    private List<BusStop> publishedStops(long schoolId) {
        PublishedPlan plan = published.findById(schoolId);
        if (plan == null) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Route r : routes.list("planId = ?1 and direction = ?2", plan.planId, Direction.TO_SCHOOL).stream()
                .filter(r -> r.serves(schoolId)).toList()) {
            for (RouteStop s : r.stops) {
                ids.add(s.stopId);
            }
        }
        List<BusStop> found = new ArrayList<>();
        for (Long id : ids) {
            BusStop s = stops.findById(id);
            if (s != null) {
                found.add(s);
            }
        }
        return found;
    }
}
