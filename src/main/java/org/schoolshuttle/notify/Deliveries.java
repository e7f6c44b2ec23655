package org.schoolshuttle.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what the outbox holds, through each delivery's channel, every few seconds on one instance of the cluster
 * at a time. A failed delivery waits and is tried again, twice as long each time, until it is given up.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final int BATCH = 200;

    private final MessageDeliveryRepository deliveries;
    private final OutboxMessageRepository messages;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final NotifyConfig config;
    private final Clock clock;

    Deliveries(MessageDeliveryRepository deliveries, OutboxMessageRepository messages, EmailChannel email,
               WebhookChannel webhook, NotifyConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.email = email;
        this.webhook = webhook;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "deliver-messages", cron = "{shuttle.notify.delivery-cron}")
    @Nonconcurrent
    void scheduled() {
        deliverDue(clock.instant());
    }

    /** @return how many deliveries were sent */
    public int deliverDue(Instant now) {
        List<OutgoingMessage> due = QuarkusTransaction.requiringNew().call(() -> deliveries
                .find("status = ?1 and nextAttemptAt <= ?2", Sort.by("nextAttemptAt", "id"), MessageDelivery.Status.PENDING, now)
                .page(0, BATCH).list().stream().map(this::outgoing).toList());
        int sent = 0;
        for (OutgoingMessage m : due) {
            String error = null;
            try {
                if (m.channel() == MessageDelivery.Channel.EMAIL) {
                    email.send(m);
                } else {
                    webhook.send(m);
                }
            } catch (Exception e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> record(m.deliveryId(), failure, now));
            sent += error == null ? 1 : 0;
        }
        return sent;
    }

    private OutgoingMessage outgoing(MessageDelivery d) {
        OutboxMessage m = messages.findById(d.messageId);
        return new OutgoingMessage(d.id, d.channel, m.id, d.address, d.recipientName, m.topic, m.language, m.body, m.createdAt);
    }

    private void record(long deliveryId, String error, Instant now) {
        MessageDelivery d = deliveries.findById(deliveryId);
        d.attempts++;
        if (error == null) {
            d.status = MessageDelivery.Status.SENT;
            d.sentAt = clock.instant();
            d.lastError = null;
            OutboxMessage m = messages.findById(d.messageId);
            if (m.deliveredAt == null) {
                m.deliveredAt = d.sentAt;
            }
            return;
        }
        d.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (d.attempts >= config.maxAttempts()) {
            d.status = MessageDelivery.Status.FAILED;
            LOG.warnf("Delivery %d by %s given up after %d attempts: %s", d.id, d.channel, d.attempts, d.lastError);
        } else {
            d.nextAttemptAt = now.plus(Duration.ofSeconds((long) config.backoffSeconds() << (d.attempts - 1)));
        }
    }
}
