package org.schoolshuttle.notify;

import java.time.Instant;

public record MessageView(long id, Long childId, String topic, String body, Instant createdAt, Instant deliveredAt) {

    static MessageView from(OutboxMessage m) {
        return new MessageView(m.id, m.childId, m.topic, m.body, m.createdAt, m.deliveredAt);
    }
}
