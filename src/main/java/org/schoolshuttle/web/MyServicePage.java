package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.volunteer.BoardChoiceRequest;
import org.schoolshuttle.volunteer.BoardView;
import org.schoolshuttle.volunteer.ServiceCertificate;
import org.schoolshuttle.volunteer.ThankYouBoard;
import org.schoolshuttle.volunteer.VolunteerRecordView;
import org.schoolshuttle.volunteer.VolunteerService;

import java.net.URI;

/**
 * "My service": a volunteer driver's hours, points month by month, the history of every entry and correction,
 * the rewards received, and whether the thank-you board names them.
 */
@Path("/app/driver/service")
@RolesAllowed(Role.DRIVER_NAME)
@Produces(MediaType.TEXT_HTML)
public class MyServicePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance myService(VolunteerRecordView record, BoardView board, boolean saved);
    }

    private final PageFrame frame;
    private final VolunteerService volunteers;
    private final ThankYouBoard board;
    private final ServiceCertificate certificates;

    MyServicePage(PageFrame frame, VolunteerService volunteers, ThankYouBoard board, ServiceCertificate certificates) {
        this.certificates = certificates;
        this.frame = frame;
        this.volunteers = volunteers;
        this.board = board;
    }

    @GET
    public TemplateInstance get(@QueryParam("saved") String saved) {
        VolunteerRecordView record = volunteers.mine();
        return frame.dress(Templates.myService(record, board.of(record.villageId(), null, frame.locale()), saved != null));
    }

    /** The switch is a checkbox: ticked, the board names the volunteer; not ticked, they are "a volunteer". */
    @POST
    @Path("/board")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response board(@FormParam("named") String named) {
        volunteers.chooseMine(new BoardChoiceRequest("on".equals(named)));
        return Response.seeOther(URI.create("/app/driver/service?saved=1#board")).build();
    }

    /** The certificate through the signed-in session (the API takes HTTP Basic only). */
    @GET
    @Path("/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(certificates.mine(from, to), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + ServiceCertificate.fileName(from, to) + "\"").build();
    }
}
