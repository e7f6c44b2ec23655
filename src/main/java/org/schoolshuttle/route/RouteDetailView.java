package org.schoolshuttle.route;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A route as the coordinator sees it: vehicle, people, funding, timed stops, the schools it serves (a shared route
 * several, in visiting order: arriving in the morning, leaving in the afternoon) and the road it drives.
 */
public record RouteDetailView(long id, String name, Direction direction, long vehicleId, Long driverId, Long escortId,
                              FundingModel fundingModel, Set<Long> sponsorIds, int seats, int wheelchairPlaces,
                              int boosterSeats, int childrenOnBoard, double km, double driveMinutes,
                              LocalTime schoolTime, List<SchoolStop> schools, List<StopView> stops, Line geometry) {

    /** A school the route serves and when it is there. */
    public record SchoolStop(long schoolId, LocalTime time) {
    }

    /**
     * A stop with its time and how many children board (morning) or get off (afternoon) there; {@code curbSide}:
     * the route arrives and leaves with their side of the road at the door, so nobody crosses it.
     */
    public record StopView(long stopId, String name, double lat, double lon, LocalTime time, int children,
                           boolean curbSide) {
    }

    /** GeoJSON LineString. */
    public record Line(String type, double[][] coordinates) {
    }

    static RouteDetailView from(Route r, Map<Long, BusStop> stops, Map<String, Integer> childrenAt,
                                RouteGeometry geometry) {
        int onBoard = 0;
        List<StopView> views = new java.util.ArrayList<>();
        for (RouteStop s : r.stops) {
            BusStop stop = stops.get(s.stopId);
            int n = childrenAt.getOrDefault(r.id + "/" + s.stopId, 0);
            onBoard += n;
            views.add(new StopView(stop.id, stop.name, stop.lat, stop.lon, time(s.plannedTime), n, s.side() != null));
        }
        return new RouteDetailView(r.id, r.name, r.direction, r.vehicleId, r.driverId, r.escortId, r.fundingModel,
                new TreeSet<>(r.sponsorIds), r.seats, r.wheelchairPlaces, r.boosterSeats, onBoard,
                Math.round(r.metres / 100) / 10.0, Math.round(r.driveSeconds / 6.0) / 10.0, time(r.schoolTime),
                r.schools.isEmpty() ? List.of(new SchoolStop(r.schoolId, time(r.schoolTime)))
                        : r.schools.stream().map(x -> new SchoolStop(x.schoolId, time(x.plannedTime))).toList(),
                views, new Line("LineString", geometry.coordinates(r.geometry)));
    }

    /** A time of day to the minute; a vehicle due at 07:21:40 is shown at 07:21, so nobody misses it. */
    static LocalTime time(int secondOfDay) {
        return LocalTime.ofSecondOfDay(Math.floorMod(secondOfDay, 86400)).truncatedTo(ChronoUnit.MINUTES);
    }
}
