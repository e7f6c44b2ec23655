package org.schoolshuttle.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.routing.RouteView;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.TravelProfile;
import org.schoolshuttle.routing.Waypoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The road a route drives, stop to stop, as GeoJSON coordinates for the driver's and the family's map. */
@ApplicationScoped
public class RouteGeometry {

    private final RoutingService routing;
    private final ObjectMapper json;

    RouteGeometry(RoutingService routing, ObjectMapper json) {
        this.routing = routing;
        this.json = json;
    }

    /** {@code [[lon, lat], ...]} along the minibus roads through the points in order. */
    public String through(List<GeoPoint> points) {
        return along(points.stream().map(Waypoint::at).toList());
    }

    /** The same through waypoints, each stop with a side of the road kept at the door where it has one. */
    public String along(List<Waypoint> points) {
        List<double[]> line = new ArrayList<>();
        for (int k = 0; k + 1 < points.size(); k++) {
            double[][] leg;
            try {
                leg = leg(points.get(k), points.get(k + 1), Locale.ROOT).geometry().coordinates();
            } catch (ProblemException e) {
                // A leg the router cannot draw is shown straight; the plan itself was checked on the matrix.
                GeoPoint a = points.get(k).point();
                GeoPoint b = points.get(k + 1).point();
                leg = new double[][] {{a.lon(), a.lat()}, {b.lon(), b.lat()}};
            }
            for (int i = line.isEmpty() ? 0 : 1; i < leg.length; i++) {
                line.add(leg[i]);
            }
        }
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One leg: curb side when either end keeps a side, else the plain minibus route. */
    public RouteView leg(Waypoint from, Waypoint to, Locale locale) {
        return from.side() != null || to.side() != null ? routing.keptCurbRoute(from, to, locale)
                : routing.keptRoute(from.point(), to.point(), TravelProfile.MINIBUS, locale);
    }

    /** The stored coordinates back as an array. */
    public double[][] coordinates(String geometry) {
        try {
            return json.readValue(geometry, double[][].class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("route geometry is damaged", e);
        }
    }
}
