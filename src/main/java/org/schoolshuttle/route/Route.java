package org.schoolshuttle.route;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One vehicle's run for a school in one direction: ordered stops with planned times, who drives and escorts,
 * how it is funded and by whom. The morning route ends at school at {@code schoolTime}; the afternoon route
 * leaves school then. A shared route (mixed load) serves several schools ({@code schools}, in visiting order):
 * {@code schoolId} is then the first of the morning, {@code schoolTime} the last arrival in the morning and the
 * first departure in the afternoon.
 */
@Entity
public class Route {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "school_id")
    public Long schoolId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String name;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_model")
    public FundingModel fundingModel;

    public int seats;

    @Column(name = "wheelchair_places")
    public int wheelchairPlaces;

    @Column(name = "booster_seats")
    public int boosterSeats;

    public double metres;

    @Column(name = "drive_seconds")
    public int driveSeconds;

    @Column(name = "school_time")
    public int schoolTime;

    /** GeoJSON LineString coordinates, {@code [[lon, lat], ...]}. */
    public String geometry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_stop", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "seq")
    public List<RouteStop> stops = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_school", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "seq")
    public List<RouteSchool> schools = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_sponsor", joinColumns = @JoinColumn(name = "route_id"))
    @Column(name = "sponsor_id")
    public Set<Long> sponsorIds = new HashSet<>();

    /** When the route is at the child's school: arrival in the morning, departure in the afternoon. */
    public int timeAt(Long schoolId) {
        for (RouteSchool s : schools) {
            if (s.schoolId.equals(schoolId)) {
                return s.plannedTime;
            }
        }
        return schoolTime;
    }

    /** Whether children of two or more schools ride it. */
    public boolean shared() {
        return schools.size() > 1;
    }

    /** Whether it serves the school. */
    public boolean serves(Long schoolId) {
        return schools.isEmpty() ? this.schoolId.equals(schoolId)
                : schools.stream().anyMatch(s -> s.schoolId.equals(schoolId));
    }

    public int positionOf(long stopId) {
        for (int k = 0; k < stops.size(); k++) {
            if (stops.get(k).stopId == stopId) {
                return k;
            }
        }
        return -1;
    }
}
