package org.schoolshuttle.notify;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in SMS gateway on a local port: it keeps what it is sent, and fails once for numbers told to. */
final class WebhookReceiver implements AutoCloseable {

    /** One POST: its Authorization header and JSON body. */
    record Received(String authorization, JsonPath body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonPath json = new JsonPath(body);
            int status = failOnce.remove(json.getString("phone")) ? 503 : 200;
            if (status == 200) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), json));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next message to this phone is refused with 503, as a gateway that is down would. */
    void failOnceFor(String phone) {
        failOnce.add(phone);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
