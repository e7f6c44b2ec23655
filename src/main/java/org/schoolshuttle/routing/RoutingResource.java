package org.schoolshuttle.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.common.GeoPoint;

import java.util.List;
import java.util.stream.IntStream;

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Routing", description = "Road routes, snapping and travel-time matrices on the loaded map")
public class RoutingResource {

    private final RoutingService routing;

    RoutingResource(RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @Path("/route")
    @Operation(summary = "Route between two points (LAT,LON) for a profile, with road classes and instructions")
    public RouteView route(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("profile") String profile, @QueryParam("locale") String locale,
                           @Context HttpHeaders headers) {
        return routing.route(GeoPoint.parse(from, "from"), GeoPoint.parse(to, "to"),
                TravelProfile.parse(profile, "profile"), RequestLocale.of(locale, headers));
    }

    @POST
    @Path("/matrix")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Travel times (s) and distances (m) from every source to every target; null where unreachable")
    public MatrixView matrix(@Valid @NotNull(message = "is required") MatrixRequest request) {
        return routing.matrix(TravelProfile.parse(request.profile(), "profile"),
                points(request.sources(), "sources"), points(request.targets(), "targets"));
    }

    @GET
    @Path("/snap")
    @Operation(summary = "The nearest point on the profile's road network, its distance and road name")
    public SnappedPoint snap(@QueryParam("point") String point, @QueryParam("profile") String profile) {
        return routing.snap(GeoPoint.parse(point, "point"), TravelProfile.parse(profile, "profile"));
    }

    @GET
    @Path("/info")
    @Operation(summary = "The area the loaded map covers, its profiles and the attribution to show")
    public MapInfo info() {
        return routing.info();
    }

    private static List<GeoPoint> points(List<List<Double>> pairs, String field) {
        return IntStream.range(0, pairs.size())
                .mapToObj(i -> GeoPoint.fromPair(pairs.get(i), field + "[" + i + "]"))
                .toList();
    }
}
