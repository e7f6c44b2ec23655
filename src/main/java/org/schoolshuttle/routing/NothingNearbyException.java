package org.schoolshuttle.routing;

import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.ProblemException;

import java.util.List;
import java.util.Locale;

/** Reverse geocoding found no address, street or place near the point. */
public class NothingNearbyException extends ProblemException {

    public NothingNearbyException(GeoPoint point) {
        super(404, "nothing-nearby", "Nothing nearby", String.format(Locale.ROOT,
                "No address, street or place is known near %.5f,%.5f.", point.lat(), point.lon()), List.of());
    }
}
