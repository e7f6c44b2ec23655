package org.schoolshuttle.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** Blanks what an entry recorded about an erased object; who changed it and when stay. */
    public void eraseChangesOf(String entityType, long entityId) {
        update("changes = '{\"erased\":true}' where entityType = ?1 and entityId = ?2", entityType, entityId);
    }
}
