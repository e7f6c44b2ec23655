package org.schoolshuttle.routing;

import jakarta.ws.rs.DefaultValue;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.common.InvalidInputException;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/geocode")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Geocoding", description = "Offline address and place search over the loaded map")
public class GeocodeResource {

    static final int MAX_LIMIT = 50;
    static final int MAX_QUERY_LENGTH = 200;

    private final RoadNetwork network;

    GeocodeResource(RoadNetwork network) {
        this.network = network;
    }

    @GET
    @Operation(summary = "Addresses, streets and places matching a text, best first")
    public List<GeocodedPlace> search(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("5") String limit,
                                      @QueryParam("locale") String locale, @Context HttpHeaders headers) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("q", "is required: an address, street or place name");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        int max = parseLimit(limit);
        GeocoderIndex geocoder = network.graph().geocoder();
        try {
            return geocoder.search(query, max, RequestLocale.of(locale, headers, languageOf(query)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("q", e.getMessage());
        }
    }

    @GET
    @Path("/reverse")
    @Operation(summary = "The nearest address, else street, else place to a point (LAT,LON)")
    public GeocodedPlace reverse(@QueryParam("point") String point, @QueryParam("locale") String locale,
                                 @Context HttpHeaders headers) {
        GeoPoint p = GeoPoint.parse(point, "point");
        return network.graph().geocoder().reverse(p.lat(), p.lon(), RequestLocale.of(locale, headers))
                .orElseThrow(() -> new NothingNearbyException(p));
    }

    /** Someone typing Chinese wants Chinese labels, even when the browser did not say so. */
    private static Locale languageOf(String query) {
        return query.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
