package org.schoolshuttle.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.family.ChildView;
import org.schoolshuttle.route.AssignmentView;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteGeometry;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.school.SchoolView;

import java.util.ArrayList;
import java.util.List;

/** What a family's map draws: home, the safe walk, the stop, the morning route and the school. */
@ApplicationScoped
public class FamilyMap {

    public record Line(double[][] coordinates, String colour, boolean dashed, String label) {
    }

    public record Point(double lat, double lon, String kind, String label) {
    }

    public record Drawing(List<Line> lines, List<Point> points) {
    }

    private final RouteRepository routes;
    private final RouteGeometry geometry;

    FamilyMap(RouteRepository routes, RouteGeometry geometry) {
        this.routes = routes;
        this.geometry = geometry;
    }

    Drawing of(ChildView child, SchoolView school, AssignmentView assignment, PageFrame frame) {
        List<Line> lines = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        if (assignment != null && assignment.toSchool() != null) {
            Route route = routes.findById(assignment.toSchool().routeId());
            if (route != null && route.geometry != null) {
                lines.add(new Line(geometry.coordinates(route.geometry), "#1f6b24", false, frame.word("shuttleRoute")));
            }
        }
        if (assignment != null && assignment.walk() != null && assignment.walk().geometry() != null) {
            lines.add(new Line(assignment.walk().geometry().coordinates(), "#a0310c", true, frame.word("walkingPath")));
        }
        if (child.home() != null) {
            points.add(new Point(child.home().lat(), child.home().lon(), "home", frame.word("home")));
        }
        if (assignment != null && assignment.stop() != null) {
            points.add(new Point(assignment.stop().lat(), assignment.stop().lon(), "stop", assignment.stop().name()));
        }
        points.add(new Point(school.location().lat(), school.location().lon(), "school", name(school, frame.language())));
        return new Drawing(lines, points);
    }

    static String name(SchoolView school, String language) {
        return "en".equals(language) && school.nameEn() != null ? school.nameEn() : school.nameZh();
    }
}
