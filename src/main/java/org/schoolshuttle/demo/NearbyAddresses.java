package org.schoolshuttle.demo;

import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.village.Village;

import java.util.List;
import java.util.Random;

/** The map's street addresses around each village, to put demo homes at real addresses. */
final class NearbyAddresses {

    private static final double RADIUS_METERS = 2_500;

    private final List<GeocodedPlace> addresses;
    private final Random random;

    NearbyAddresses(List<GeocodedPlace> addresses, Random random) {
        this.addresses = addresses;
        this.random = random;
    }

    /** A random address near the village, or any address when the map has none near it. */
    GeocodedPlace near(Village village) {
        List<GeocodedPlace> close = addresses.stream()
                .filter(a -> metres(a.lat(), a.lon(), village.centreLat, village.centreLon) < RADIUS_METERS).toList();
        List<GeocodedPlace> pool = close.isEmpty() ? addresses : close;
        return pool.get(random.nextInt(pool.size()));
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
