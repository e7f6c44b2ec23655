package org.schoolshuttle.fleet;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.sponsor.SponsorReferences;

import java.util.ArrayList;
import java.util.List;

/** Drivers and escorts a sponsor employs and vehicles it owns keep the sponsor from being deleted. */
@ApplicationScoped
class FleetSponsorReferences implements SponsorReferences {

    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final VehicleRepository vehicles;

    FleetSponsorReferences(DriverRepository drivers, EscortRepository escorts, VehicleRepository vehicles) {
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
    }

    @Override
    public List<String> describe(long sponsorId) {
        List<String> found = new ArrayList<>();
        add(found, drivers.count("employerSponsorId", sponsorId), "driver");
        add(found, escorts.count("employerSponsorId", sponsorId), "escort");
        add(found, vehicles.count("ownerSponsorId", sponsorId), "vehicle");
        return found;
    }

    private static void add(List<String> found, long count, String what) {
        if (count > 0) {
            found.add(count + " " + what + (count == 1 ? "" : "s"));
        }
    }
}
