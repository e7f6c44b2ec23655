package org.schoolshuttle.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.route.RouteDetailView;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A route as GPX 1.1 (the road as a track, the stops as waypoints in order) and as a GeoJSON FeatureCollection. */
@ApplicationScoped
public class RouteFiles {

    public String gpx(RouteDetailView route) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gpx version=\"1.1\" creator=\"School Shuttle\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n")
                .append("  <metadata><name>").append(xml(route.name())).append("</name></metadata>\n");
        int seq = 1;
        for (RouteDetailView.StopView s : route.stops()) {
            x.append("  <wpt lat=\"").append(coord(s.lat())).append("\" lon=\"").append(coord(s.lon())).append("\">")
                    .append("<name>").append(seq++).append(". ").append(xml(s.name())).append("</name>")
                    .append("<desc>").append(time(s.time())).append(", ").append(s.children()).append(" children</desc>")
                    .append("<type>stop</type></wpt>\n");
        }
        x.append("  <rte><name>").append(xml(route.name())).append("</name>\n");
        seq = 1;
        for (RouteDetailView.StopView s : route.stops()) {
            x.append("    <rtept lat=\"").append(coord(s.lat())).append("\" lon=\"").append(coord(s.lon())).append("\"><name>")
                    .append(seq++).append(". ").append(xml(s.name())).append("</name></rtept>\n");
        }
        x.append("  </rte>\n  <trk><name>").append(xml(route.name())).append("</name><trkseg>\n");
        if (route.geometry() != null) {
            for (double[] p : route.geometry().coordinates()) {
                x.append("    <trkpt lat=\"").append(coord(p[1])).append("\" lon=\"").append(coord(p[0])).append("\"/>\n");
            }
        }
        x.append("  </trkseg></trk>\n</gpx>\n");
        return x.toString();
    }

    public Map<String, Object> geojson(RouteDetailView route) {
        List<Object> features = new ArrayList<>();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "Feature");
        line.put("geometry", Map.of("type", "LineString",
                "coordinates", route.geometry() == null ? List.of() : route.geometry().coordinates()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("kind", "route");
        props.put("name", route.name());
        props.put("direction", route.direction().name());
        props.put("km", route.km());
        props.put("driveMinutes", route.driveMinutes());
        props.put("seats", route.seats());
        line.put("properties", props);
        features.add(line);
        int seq = 1;
        for (RouteDetailView.StopView s : route.stops()) {
            Map<String, Object> stop = new LinkedHashMap<>();
            stop.put("type", "Feature");
            stop.put("geometry", Map.of("type", "Point", "coordinates", List.of(s.lon(), s.lat())));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "stop");
            p.put("seq", seq++);
            p.put("name", s.name());
            p.put("time", time(s.time()));
            p.put("children", s.children());
            stop.put("properties", p);
            features.add(stop);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String time(LocalTime t) {
        return t == null ? "" : t.toString();
    }

    static String xml(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
