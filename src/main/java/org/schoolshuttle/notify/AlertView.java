package org.schoolshuttle.notify;

import java.time.Instant;

public record AlertView(long id, long villageId, Long runId, String kind, String message, Instant createdAt,
                        Instant acknowledgedAt) {

    static AlertView from(CoordinatorAlert a) {
        return new AlertView(a.id, a.villageId, a.runId, a.kind, a.message, a.createdAt, a.acknowledgedAt);
    }
}
