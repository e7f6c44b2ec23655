package org.schoolshuttle.live;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteGeometry;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.TravelProfile;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.RunStop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * When a run reaches each remaining stop, from a position: the position is placed on the run's route, the
 * next stop is the first one ahead of it, the time to that stop comes from the minibus router, and each later
 * stop follows at its planned interval (which holds the drive and the dwell at the stops between).
 */
@ApplicationScoped
public class Eta {

    /** A position this close to a stop along the route is at the stop. */
    static final double AT_STOP_METRES = 40;
    /** Positions may wander back a little along the route (GPS, a turn); more is taken as a real move back. */
    static final double BACKTRACK_METRES = 150;
    /** When the router cannot answer, the rest of the way is driven at this speed (30 km/h). */
    static final double FALLBACK_METRES_PER_SECOND = 8.3;

    private final RouteRepository routes;
    private final RouteGeometry geometry;
    private final BusStopRepository stops;
    private final RoutingService routing;

    Eta(RouteRepository routes, RouteGeometry geometry, BusStopRepository stops, RoutingService routing) {
        this.routes = routes;
        this.geometry = geometry;
        this.stops = stops;
        this.routing = routing;
    }

    /** The run's route line and where each of its stops lies along it. */
    public record Course(RouteLine line, List<BusStop> stops, double[] stopAlong) {
    }

    public Course course(DailyRun run) {
        Route route = routes.findById(run.routeId);
        double[][] coordinates = route == null || route.geometry == null ? new double[0][] : geometry.coordinates(route.geometry);
        List<BusStop> points = new ArrayList<>();
        for (RunStop s : run.stops) {
            points.add(stops.findById(s.stopId));
        }
        if (coordinates.length == 0) {
            // No drawn road: the stops in order stand in for it.
            coordinates = points.stream().map(b -> new double[] {b.lon, b.lat}).toArray(double[][]::new);
        }
        RouteLine line = new RouteLine(coordinates);
        double[] along = new double[points.size()];
        double from = 0;
        for (int k = 0; k < points.size(); k++) {
            along[k] = line.place(points.get(k).lat, points.get(k).lon, from).along();
            from = along[k];
        }
        return new Course(line, points, along);
    }

    /** Where the run is and when it reaches each stop, from a fix at {@code at}; {@code previousAlong} keeps it moving forward. */
    public RunLive estimate(DailyRun run, Course course, double lat, double lon, Instant at, Double previousAlong) {
        double from = previousAlong == null ? 0 : Math.max(0, previousAlong - BACKTRACK_METRES);
        RouteLine.Placed placed = course.line().place(lat, lon, from);
        double along = placed.along();
        int next = -1;
        for (int k = 0; k < course.stops().size(); k++) {
            if (course.stopAlong()[k] > along - AT_STOP_METRES) {
                next = k;
                break;
            }
        }
        RunLive live = new RunLive();
        live.runId = run.id;
        live.recordedAt = at;
        live.lat = lat;
        live.lon = lon;
        live.alongMetres = along;
        live.nextSeq = next < 0 ? null : next;
        StringJoiner etas = new StringJoiner(",");
        if (next < 0) {
            course.stops().forEach(s -> etas.add("0"));
            live.etas = etas.toString();
            live.lateSeconds = 0;
            return live;
        }
        BusStop target = course.stops().get(next);
        double toNext = course.stopAlong()[next] - along <= AT_STOP_METRES ? 0 : drive(lat, lon, target,
                course.stopAlong()[next] - along);
        Instant eta = at.plusSeconds(Math.round(toNext));
        for (int k = 0; k < course.stops().size(); k++) {
            if (k < next) {
                etas.add("0");
                continue;
            }
            if (k > next) {
                eta = eta.plusSeconds(run.stops.get(k).plannedAt.getEpochSecond() - run.stops.get(k - 1).plannedAt.getEpochSecond());
            }
            etas.add(String.valueOf(eta.getEpochSecond()));
        }
        live.etas = etas.toString();
        Instant etaNext = at.plusSeconds(Math.round(toNext));
        live.lateSeconds = (int) (etaNext.getEpochSecond() - run.stops.get(next).plannedAt.getEpochSecond());
        return live;
    }

    private double drive(double lat, double lon, BusStop target, double alongMetres) {
        try {
            return routing.route(new GeoPoint(lat, lon), target.point(), TravelProfile.MINIBUS, Locale.ROOT).durationSeconds();
        } catch (ProblemException e) {
            // Off the map or far from a road (a tunnel, a bad fix): the rest of the route at a steady speed.
            return Math.max(0, alongMetres) / FALLBACK_METRES_PER_SECOND;
        }
    }
}
