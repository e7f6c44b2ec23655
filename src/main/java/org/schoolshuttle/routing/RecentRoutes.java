package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Routes between points the service keeps (a child's home and their stop, the stops of a run), as last drawn on
 * one graph. A family opens its assignment and a driver their run many times a day, and the answer only changes
 * when a point moves or the map is replaced: a moved point is another key, and a new graph empties the store.
 * Routes between points a caller types are never kept here.
 */
final class RecentRoutes {

    private record Key(double fromLat, double fromLon, double toLat, double toLon, TravelProfile profile, Locale locale) {
    }

    private final int capacity;
    private RoadGraph graph;
    private final Map<Key, RouteView> routes;

    RecentRoutes(int capacity) {
        this.capacity = capacity;
        this.routes = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RouteView> eldest) {
                return size() > RecentRoutes.this.capacity;
            }
        };
    }

    /** The route kept for these points on this graph, else the one {@code draw} makes, kept for next time. */
    RouteView route(RoadGraph on, GeoPoint from, GeoPoint to, TravelProfile profile, Locale locale, Supplier<RouteView> draw) {
        Key key = new Key(from.lat(), from.lon(), to.lat(), to.lon(), profile, locale);
        synchronized (routes) {
            if (graph != on) {
                routes.clear();
                graph = on;
            }
            RouteView kept = routes.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Drawn outside the lock: two callers may draw the same route at once, and both answers are the same.
        RouteView drawn = draw.get();
        synchronized (routes) {
            if (graph == on) {
                routes.put(key, drawn);
            }
        }
        return drawn;
    }
}
