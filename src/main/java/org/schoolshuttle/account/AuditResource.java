package org.schoolshuttle.account;

import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Set<Long> scope = access.villageScope();
        if (scope != null) {
            query.append(" and villageId in :scope");
            params.put("scope", scope.isEmpty() ? Set.of(-1L) : scope);
        }
        if (villageId != null) {
            query.append(" and villageId = :village");
            params.put("village", villageId);
        }
        if (entityType != null && !entityType.isBlank()) {
            query.append(" and entityType = :type");
            params.put("type", entityType.trim());
        }
        if (entityId != null) {
            query.append(" and entityId = :entity");
            params.put("entity", entityId);
        }
        var found = entries.find(query + " order by id desc", params).page(request.panache());
        return new Page<>(found.list().stream().map(e -> AuditView.from(e, json)).toList(), request.page(), request.size(),
                found.count());
    }
}
