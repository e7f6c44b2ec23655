package org.schoolshuttle.routing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every response derived from the map data links to its licence (ODbL asks for attribution wherever
 * the data is shared); bodies that are objects also carry the attribution text.
 */
public class MapDataLicence {

    static final String LINK = "<https://www.openstreetmap.org/copyright>; rel=\"license\"";

    @ServerResponseFilter
    public void addLicenceLink(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/v1/routing") || path.startsWith("/api/v1/geocode")) {
            response.getHeaders().add("Link", LINK);
        }
    }
}
