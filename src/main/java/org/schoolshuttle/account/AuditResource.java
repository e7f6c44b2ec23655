package org.schoolshuttle.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.QueryValues;


/** Read-only: the audit log has no endpoint that changes it. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource {

    private final AuditRepository entries;
    private final AccessPolicy access;
    private final ObjectMapper json;

    AuditResource(AuditRepository entries, AccessPolicy access, ObjectMapper json) {
        this.entries = entries;
        this.access = access;
        this.json = json;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Changes recorded in the caller's villages, newest first")
    public Page<AuditView> list(@QueryParam("villageId") String villageText, @QueryParam("entityType") String entityType,
                                @QueryParam("entityId") String entityText, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(QueryValues.count(page, "page"), QueryValues.count(size, "size"));
        Long villageId = QueryValues.id(villageText, "villageId");
        Long entityId = QueryValues.id(entityText, "entityId");
        return ScopedQuery.inVillages(access, villageId)
                .and("entityType = :type", "type", entityType == null || entityType.isBlank() ? null : entityType.trim())
                .and("entityId = :entity", "entity", entityId)
                .page(entries, Sort.by("id").descending(), request, e -> AuditView.from(e, json));
    }
}
