package com.decisionsuite.api.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running test server over real HTTP, as an upstream service would, and builds task bodies.
 */
public final class IntakeHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public IntakeHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A valid task body as a mutable map; {@code taskId} null leaves the id to the API. */
    public static Map<String, Object> task(String taskId, String serviceType) {
        Map<String, Object> task = new LinkedHashMap<>();
        if (taskId != null) {
            task.put("taskId", taskId);
        }
        task.put("serviceType", serviceType);
        task.put("storeId", "store-0042");
        task.put("subjectId", "cart-17");
        List<Object> candidates = new ArrayList<>();
        candidates.add(new LinkedHashMap<>(Map.of("label", "sku-1", "confidence", 0.97)));
        candidates.add(new LinkedHashMap<>(Map.of("label", "sku-2", "confidence", 0.02)));
        task.put("candidates", candidates);
        task.put("context", new LinkedHashMap<>(Map.of("camera", "c7")));
        task.put("occurredAt", "2026-11-22T10:15:30Z");
        return task;
    }

    public static String json(Object value) {
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }

    public Reply post(String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A response as the client saw it. */
    public record Reply(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(this.body);
        }

        public String header(String name) {
            return this.headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }
}
