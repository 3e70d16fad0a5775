package com.decisionsuite.bench.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonPosterTests {

    private final AtomicInteger requests = new AtomicInteger();

    private final AtomicReference<String> lastBody = new AtomicReference<>();

    private final AtomicReference<String> lastContentType = new AtomicReference<>();

    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    private HttpServer server;

    private JsonPoster poster;

    @BeforeEach
    void startServer() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/accepted", exchange -> {
            this.requests.incrementAndGet();
            this.lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            this.lastContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            this.clientPorts.add(exchange.getRemoteAddress().getPort());
            answer(exchange, 202, "{\"status\":\"ACCEPTED\"}");
        });
        this.server.createContext("/invalid", exchange -> {
            this.requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 400, "{\"field\":\"storeId\"}");
        });
        this.server.createContext("/hang-up", exchange -> {
            this.requests.incrementAndGet();
            exchange.close();
        });
        this.server.start();
        this.poster = JsonPoster.open(4, 5);
    }

    @AfterEach
    void stopServer() throws IOException {
        this.poster.close();
        this.server.stop(0);
    }

    @Test
    void postsTheJsonBodyAndAnswersStatusAndBody() throws IOException {
        JsonPoster.Reply reply = this.poster.post(uri("/accepted"), "{\"taskId\":\"t-1\"}");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).isEqualTo("{\"status\":\"ACCEPTED\"}");
        assertThat(this.lastBody.get()).isEqualTo("{\"taskId\":\"t-1\"}");
        assertThat(this.lastContentType.get()).startsWith("application/json");
    }

    @Test
    void answersARefusalInsteadOfThrowing() throws IOException {
        JsonPoster.Reply reply = this.poster.post(uri("/invalid"), "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("storeId");
    }

    @Test
    void neverRepeatsAPostTheServerHungUpOn() {
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.poster.post(uri("/hang-up"), "{}"));

        assertThat(this.requests.get()).isEqualTo(1);
    }

    @Test
    void keepsOneConnectionForConsecutivePosts() throws IOException {
        for (int i = 0; i < 200; i++) {
            assertThat(this.poster.post(uri("/accepted"), "{\"n\":" + i + "}").status()).isEqualTo(202);
        }

        assertThat(this.requests.get()).isEqualTo(200);
        assertThat(this.clientPorts).hasSize(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
