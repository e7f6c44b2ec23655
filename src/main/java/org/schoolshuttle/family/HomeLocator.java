package org.schoolshuttle.family;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.SnappedPoint;
import org.schoolshuttle.routing.TravelProfile;

import java.util.Locale;

/** Finds where a child lives on the walking network, from the pin the family placed or else their address. */
@ApplicationScoped
public class HomeLocator {

    private final RoutingService routing;

    HomeLocator(RoutingService routing) {
        this.routing = routing;
    }

    /** A home: the point given or found, and that point snapped onto the child_walk network. */
    public record Home(GeoPoint pin, SnappedPoint snapped) {
    }

    /**
     * @throws InvalidInputException when neither pin nor address is given
     * @throws DomainRuleException   when the address is not on the map
     * @throws org.schoolshuttle.routing.UnroutablePointException when the point is outside the map or far from any path
     */
    public Home locate(Coordinates pin, String address) {
        GeoPoint point;
        String field;
        if (pin != null) {
            point = pin.point();
            field = "homePin";
        } else if (address != null && !address.isBlank()) {
            GeocodedPlace place = routing.geocodeExactly(address, Locale.SIMPLIFIED_CHINESE)
                    .orElseThrow(() -> new DomainRuleException("homeAddress",
                            "was not found on the map; check the spelling or place a pin on the map instead"));
            point = new GeoPoint(place.lat(), place.lon());
            field = "homeAddress";
        } else {
            throw new InvalidInputException("homePin", "give the home as an address or a pin on the map");
        }
        return new Home(point, routing.snap(point, TravelProfile.CHILD_WALK, field));
    }
}
