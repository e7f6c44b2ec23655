package org.schoolshuttle.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs a message as JSON to the configured URL: how an SMS or voice gateway is attached. The gateway answers
 * 2xx once it has taken the message; anything else is retried later.
 */
@ApplicationScoped
class WebhookChannel {

    private final NotifyConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookChannel(NotifyConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void send(OutgoingMessage m) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", m.messageId());
        body.put("deliveryId", m.deliveryId());
        body.put("phone", m.address());
        body.put("name", m.recipientName());
        body.put("language", m.language());
        body.put("topic", m.topic());
        body.put("text", m.body());
        body.put("createdAt", m.createdAt().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.webhookUrl().orElseThrow()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                // The gateway may see a message twice (an answer lost on the way back): it drops repeats by this key.
                .header("Idempotency-Key", "delivery-" + m.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        config.webhookToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the gateway answered " + response.statusCode());
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
