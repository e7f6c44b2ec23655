package org.schoolshuttle.run;

import org.schoolshuttle.route.RouteDetailView;
import org.schoolshuttle.routing.RouteView;

import java.time.Instant;
import java.util.List;

/**
 * Everything the driver needs for a run: stops in driving order with planned times and the children at each
 * (with the phones to call), the school, the road as GeoJSON, and turn-by-turn directions leg by leg. A shared run
 * (mixed load) serves several schools: {@code schools} lists them in driving order, each child names theirs, and
 * {@code school} is where the run ends in the morning and starts in the afternoon.
 */
public record RunDetailView(RunView run, Place school, List<Place> schools, Crew driver, Crew escort,
                            List<StopView> stops, RouteDetailView.Line geometry, List<Leg> directions, String attribution) {

    public record Place(long schoolId, String name, double lat, double lon, Instant at) {
    }

    public record Crew(long id, String name, String phone) {
    }

    /**
     * A stop of the run; {@code curbSide}: the directions arrive with the children's side of the road at the door,
     * so the driver pulls in on that side and nobody crosses.
     */
    public record StopView(int seq, long stopId, String name, double lat, double lon, Instant plannedAt,
                           String plannedTime, List<Rider> children, boolean curbSide) {
    }

    /**
     * A child as the driver sees them: the given name only, needs, and whom to call or hand over to.
     */
    public record Rider(long childId, long schoolId, String givenName, boolean wheelchair, boolean booster,
                        boolean handoverRequired,
                        Contact guardian, List<Contact> authorisedAdults, RiderState state, Instant stateAt,
                        String handedTo, String note) {
    }

    public record Contact(String name, String phone, String relation) {
    }

    /** Directions from one point of the run to the next ({@code toSeq} -1 is a school). */
    public record Leg(int toSeq, String to, double distanceMeters, double durationSeconds, List<RouteView.Step> steps) {
    }
}
