package org.schoolshuttle.export;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.common.NotFoundException;

/**
 * The calendar feed behind a secret link: no log-in, because calendar apps cannot sign in; the link's 256-bit
 * secret is the key, and a revoked or unknown one answers 404.
 */
@Path("/calendar")
public class CalendarFile {

    private final CalendarFeeds feeds;

    CalendarFile(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{file}")
    @PermitAll
    @Produces("text/calendar; charset=UTF-8")
    public Response ics(@PathParam("file") String file) {
        if (file == null || !file.endsWith(".ics")) {
            throw new NotFoundException("Calendar", "at this link");
        }
        return Response.ok(feeds.ics(file.substring(0, file.length() - 4)))
                .header("Cache-Control", "private, max-age=300").build();
    }
}
