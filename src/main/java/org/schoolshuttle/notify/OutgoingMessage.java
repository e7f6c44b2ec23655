package org.schoolshuttle.notify;

import java.time.Instant;

/** What a channel sends: one delivery of one message. */
record OutgoingMessage(long deliveryId, MessageDelivery.Channel channel, long messageId, String address, String recipientName, String topic,
                       String language, String body, Instant createdAt) {
}
