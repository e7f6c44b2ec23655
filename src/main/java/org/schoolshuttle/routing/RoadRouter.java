package org.schoolshuttle.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.Instruction;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.Translation;
import com.graphhopper.util.details.PathDetail;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.MaximumNodesExceededException;
import com.graphhopper.util.exceptions.PointNotFoundException;
import com.graphhopper.util.exceptions.PointOutOfBoundsException;
import org.schoolshuttle.common.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Point-to-point routes with geometry, road classes and turn-by-turn instructions. */
final class RoadRouter {

    private static final String ROAD_CLASS = "road_class";

    private final RoadGraph graph;
    private final RoadSnapper snapper;

    RoadRouter(RoadGraph graph, RoadSnapper snapper) {
        this.graph = graph;
        this.snapper = snapper;
    }

    /**
     * @param locale language of the instruction texts; unknown languages fall back to English
     * @throws UnroutablePointException when either point is outside the map or too far from a road
     * @throws NoConnectionException    when no path of the profile joins the points
     */
    RouteView route(GeoPoint from, GeoPoint to, TravelProfile profile, Locale locale, String attribution) {
        return route(Waypoint.at(from), Waypoint.at(to), profile, locale, attribution, Parameters.Curbsides.CURBSIDE_ANY);
    }

    /**
     * @param doorSide {@code right} or {@code left}: the side of the vehicle its door is on, which each waypoint's
     *                 {@code side} is kept on where the roads allow (a profile with turn costs only)
     */
    RouteView route(Waypoint from, Waypoint to, TravelProfile profile, Locale locale, String attribution, String doorSide) {
        // Snapping first gives a precise message naming the point at fault and enforces our distance limit.
        snapper.snap(from.query(), profile, "from");
        snapper.snap(to.query(), profile, "to");
        GHRequest request = new GHRequest(from.query().lat(), from.query().lon(), to.query().lat(), to.query().lon())
                .setProfile(profile.id())
                .setLocale(locale)
                .setPathDetails(List.of(ROAD_CLASS));
        if (!profile.contracted()) {
            request.putHint(Parameters.CH.DISABLE, true);
        }
        if (profile.turnCosts() && (from.side() != null || to.side() != null)) {
            request.setCurbsides(List.of(from.side() != null ? doorSide : Parameters.Curbsides.CURBSIDE_ANY,
                    to.side() != null ? doorSide : Parameters.Curbsides.CURBSIDE_ANY));
            // A side the roads cannot give (a one-way lane, a dead end) is a preference, never a failed route.
            request.putHint(Parameters.Routing.CURBSIDE_STRICTNESS, "soft");
        }
        GHResponse response = graph.hopper().route(request);
        if (response.hasErrors()) {
            throw translate(response.getErrors().get(0), profile);
        }
        ResponsePath path = response.getBest();
        Translation translation = graph.hopper().getTranslationMap().getWithFallBack(locale);
        List<RouteView.Step> steps = new ArrayList<>();
        for (Instruction instruction : path.getInstructions()) {
            steps.add(new RouteView.Step(instruction.getTurnDescription(translation),
                    round(instruction.getDistance()), round(instruction.getTime() / 1000.0)));
        }
        List<RouteView.RoadClassStretch> stretches = path.getPathDetails().getOrDefault(ROAD_CLASS, List.of()).stream()
                .map(RoadRouter::stretch).toList();
        return new RouteView(profile.id(), round(path.getDistance()), round(path.getTime() / 1000.0),
                LineString.of(path.getPoints()), steps, stretches, attribution);
    }

    private static RouteView.RoadClassStretch stretch(PathDetail detail) {
        return new RouteView.RoadClassStretch(detail.getFirst(), detail.getLast(),
                String.valueOf(detail.getValue()).toLowerCase(Locale.ROOT));
    }

    private static RuntimeException translate(Throwable error, TravelProfile profile) {
        if (error instanceof PointOutOfBoundsException || error instanceof PointNotFoundException) {
            String field = error instanceof PointNotFoundException p && p.getPointIndex() == 1 ? "to" : "from";
            return new UnroutablePointException(field, "cannot be placed on a road usable by " + profile.id());
        }
        if (error instanceof ConnectionNotFoundException || error instanceof MaximumNodesExceededException) {
            return new NoConnectionException("No " + profile.id().replace('_', ' ')
                    + " route joins these points: they lie on parts of the network that do not connect.");
        }
        return new IllegalStateException("GraphHopper could not route: " + error.getMessage(), error);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
