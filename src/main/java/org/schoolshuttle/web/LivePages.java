package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.export.PrintedManifest;
import org.schoolshuttle.live.LiveView;
import org.schoolshuttle.live.LiveViews;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.util.List;

/** The coordinator's map of all of today's runs, coloured by status, with their delays; it refreshes itself. */
@Path("/app/coordinator/live")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class LivePages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance live(List<VillageView> villages, VillageView village, List<LiveView.VillageRun> runs);
    }

    private final PageFrame frame;
    private final VillageService villages;
    private final LiveViews live;
    private final PrintedManifest manifest;

    LivePages(PageFrame frame, VillageService villages, LiveViews live, PrintedManifest manifest) {
        this.frame = frame;
        this.manifest = manifest;
        this.villages = villages;
        this.live = live;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("villageId") Long villageId) {
        VillageView village = village(villageId);
        return frame.dress(Templates.live(villages.list(), village, live.village(village.id())));
    }

    @GET
    @Path("/runs")
    @Produces(MediaType.APPLICATION_JSON)
    public List<LiveView.VillageRun> runs(@QueryParam("villageId") Long villageId) {
        return live.village(village(villageId).id());
    }

    /** A run's manifest to print, for a driver without a smartphone (the coordinator prints it for them). */
    @GET
    @Path("/runs/{id}/manifest.pdf")
    @Produces("application/pdf")
    public Response manifest(@PathParam("id") long id) {
        return Response.ok(manifest.pdf(id))
                .header("Content-Disposition", "attachment; filename=\"" + PrintedManifest.fileName(id) + "\"").build();
    }

    private VillageView village(Long villageId) {
        if (villageId != null) {
            return villages.get(villageId);
        }
        return villages.list().stream().findFirst().orElseThrow(() -> new NotFoundException("Village", "any"));
    }
}
