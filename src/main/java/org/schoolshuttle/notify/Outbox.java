package org.schoolshuttle.notify;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.account.ScopedQuery;

import java.time.Clock;

/** Queues messages to families and shows a family its own. */
@ApplicationScoped
public class Outbox {

    /** A family's child has a new stop or new times. */
    public static final String PLAN_CHANGED = "PLAN_CHANGED";

    private final OutboxMessageRepository messages;
    private final AccessPolicy access;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, AccessPolicy access, Clock clock) {
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    /** Queues a message in the caller's transaction: it is sent only if the change it tells of commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(long guardianId, Long childId, String topic, String body) {
        OutboxMessage m = new OutboxMessage();
        m.guardianId = guardianId;
        m.childId = childId;
        m.topic = topic;
        m.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        m.createdAt = clock.instant();
        messages.persist(m);
    }

    /** The calling parent's messages, newest first. */
    public Page<MessageView> mine(PageRequest page) {
        return ScopedQuery.unscoped().and("guardianId = :guardian", "guardian", access.caller().guardianId())
                .page(messages, Sort.descending("createdAt", "id"), page, MessageView::from);
    }
}
