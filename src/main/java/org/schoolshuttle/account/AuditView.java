package org.schoolshuttle.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;

/** @param changes the recorded values as JSON */
public record AuditView(long id, Instant occurredAt, String actorName, String action, String entityType, long entityId,
                        Long villageId, JsonNode changes) {

    static AuditView from(AuditEntry e, ObjectMapper json) {
        JsonNode changes;
        try {
            changes = json.readTree(e.changes);
        } catch (Exception unreadable) {
            changes = json.getNodeFactory().textNode(e.changes);
        }
        return new AuditView(e.id, e.occurredAt, e.actorName, e.action.name(), e.entityType, e.entityId, e.villageId, changes);
    }
}
