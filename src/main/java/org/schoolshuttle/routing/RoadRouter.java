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
        // Snapping first gives a precise message naming the point at fault and enforces our distance limit.
        snapper.snap(from, profile, "from");
        snapper.snap(to, profile, "to");
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                .setProfile(profile.id())
                .setLocale(locale)
                .setPathDetails(List.of(ROAD_CLASS));
        if (!profile.contracted()) {
            request.putHint(Parameters.CH.DISABLE, true);
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
