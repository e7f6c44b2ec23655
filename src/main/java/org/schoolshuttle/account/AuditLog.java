package org.schoolshuttle.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records every create, update and delete of the objects that matter for children's safety, in the
 * same transaction as the change. Callers pass plain snapshots of the fields, never a password.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(AuditRepository entries, CurrentCaller caller, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String type, long id, Long villageId, Map<String, Object> values) {
        record(AuditEntry.Action.CREATE, type, id, villageId, values);
    }

    /** Records only the fields whose value differs between the two snapshots; nothing if none does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String type, long id, Long villageId, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            if (!Objects.equals(String.valueOf(old), String.valueOf(field.getValue()))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", old);
                change.put("to", field.getValue());
                changes.put(field.getKey(), change);
            }
        }
        if (!changes.isEmpty()) {
            record(AuditEntry.Action.UPDATE, type, id, villageId, changes);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String type, long id, Long villageId) {
        record(AuditEntry.Action.DELETE, type, id, villageId, Map.of());
    }

    /** A deletion that keeps what the record said, for records whose history matters (money). */
    public void deleted(String type, long id, Long villageId, Map<String, Object> values) {
        record(AuditEntry.Action.DELETE, type, id, villageId, values);
    }

    /** Who to name for changes made by the service itself (start-up seeding, scheduled jobs). */
    public static final String SYSTEM = "system";

    private void record(AuditEntry.Action action, String type, long id, Long villageId, Map<String, Object> changes) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        // Scheduled jobs and start-up seeding run outside any request: the service itself is the actor.
        Caller who = Arc.container().requestContext().isActive() ? caller.currentOrNull() : null;
        entry.actorId = who == null ? null : who.accountId();
        entry.actorName = who == null ? SYSTEM : who.username();
        entry.action = action;
        entry.entityType = type;
        entry.entityId = id;
        entry.villageId = villageId;
        try {
            entry.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit snapshot of " + type + " " + id + " is not serialisable", e);
        }
        entries.persist(entry);
    }
}
