package org.schoolshuttle.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.fleet.FleetUse;
import org.schoolshuttle.sponsor.SponsorReferences;

import java.util.List;

/** Routes of any plan keep their vehicle, driver, escort and sponsors from being deleted. */
@ApplicationScoped
class RouteUse implements FleetUse, SponsorReferences {

    private final RouteRepository routes;

    RouteUse(RouteRepository routes) {
        this.routes = routes;
    }

    @Override
    public List<String> ofVehicle(long vehicleId) {
        return describe(routes.list("vehicleId", vehicleId));
    }

    @Override
    public List<String> ofDriver(long driverId) {
        return describe(routes.list("driverId", driverId));
    }

    @Override
    public List<String> ofEscort(long escortId) {
        return describe(routes.list("escortId", escortId));
    }

    @Override
    public List<String> describe(long sponsorId) {
        return describe(routes.list("?1 member of sponsorIds", sponsorId));
    }

    private static List<String> describe(List<Route> used) {
        if (used.isEmpty()) {
            return List.of();
        }
        String plans = used.stream().map(r -> String.valueOf(r.planId)).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        return List.of(used.size() + " route" + (used.size() == 1 ? "" : "s") + " of plan " + plans);
    }
}
