package org.schoolshuttle.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;

@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.DRIVER_NAME, Role.PARENT_NAME, Role.SPONSOR_NAME})
@Tag(name = "Messages")
public class MessageResource {

    private final Outbox outbox;

    MessageResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(summary = "The caller's messages, newest first: a family's (new stops and times, on board, dropped off), a driver's reminders, a coordinator's alerts; each in the language the account chose")
    public Page<MessageView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return outbox.mine(PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }
}
