package org.schoolshuttle.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Escort;
import org.schoolshuttle.fleet.EscortRepository;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;

/** Checks that the driver, escort and sponsors named for a route belong to the route's village. */
@ApplicationScoped
public class RouteCrew {

    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final SponsorRepository sponsors;

    RouteCrew(DriverRepository drivers, EscortRepository escorts, SponsorRepository sponsors) {
        this.drivers = drivers;
        this.escorts = escorts;
        this.sponsors = sponsors;
    }

    void check(long villageId, RouteRequest request) {
        if (request.driverId() != null) {
            Driver d = drivers.findById(request.driverId());
            if (d == null || d.villageId != villageId) {
                throw new DomainRuleException("driverId", "there is no driver " + request.driverId() + " in the route's village");
            }
        }
        if (request.escortId() != null) {
            Escort e = escorts.findById(request.escortId());
            if (e == null || e.villageId != villageId) {
                throw new DomainRuleException("escortId", "there is no escort " + request.escortId() + " in the route's village");
            }
        }
        if (request.sponsorIds() != null) {
            for (Long id : request.sponsorIds()) {
                Sponsor s = id == null ? null : sponsors.findById(id);
                if (s == null || s.villageId != villageId) {
                    throw new DomainRuleException("sponsorIds", "there is no sponsor " + id + " in the route's village");
                }
            }
        }
    }
}
