package org.schoolshuttle.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.QueryValues;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
public class SchoolResource {

    private final SchoolService schools;

    SchoolResource(SchoolService schools) {
        this.schools = schools;
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response create(@Valid @NotNull(message = "is required") SchoolRequest request) {
        SchoolView created = schools.create(request);
        return Response.created(URI.create("/api/v1/schools/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public Page<SchoolView> list(@QueryParam("villageId") String villageId, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return schools.list(QueryValues.id(villageId, "villageId"),
                PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public SchoolView get(@PathParam("id") long id) {
        return schools.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SchoolView update(@PathParam("id") long id, @Valid @NotNull(message = "is required") SchoolRequest request) {
        return schools.update(id, request);
    }

    @GET
    @Path("/{id}/calendar")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public CalendarView calendar(@PathParam("id") long id) {
        return schools.calendar(id);
    }

    @PUT
    @Path("/{id}/calendar")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public CalendarView replaceCalendar(@PathParam("id") long id, @Valid @NotNull(message = "is required") CalendarRequest request) {
        return schools.replaceCalendar(id, request);
    }

    @GET
    @Path("/{id}/school-days")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARENT_NAME})
    public List<LocalDate> schoolDays(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return schools.schoolDays(id, required(QueryValues.date(from, "from"), "from"), required(QueryValues.date(to, "to"), "to"));
    }

    private static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException(field, "is required, as YYYY-MM-DD");
        }
        return date;
    }
}
