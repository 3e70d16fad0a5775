package com.decisionsuite.config.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running service, so tests see exactly what a curl user sees.
 */
public final class ConfigApi {

    public static final String ACTOR = "ops-alice";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public ConfigApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One answer: status, headers and the body parsed as JSON (null when empty). */
    public record Answer(int status, java.net.http.HttpHeaders headers, JsonNode body) {

        public String header(String name) {
            return this.headers.firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** A PUT as {@link #ACTOR}, with extra headers (e.g. If-Match). */
    public Answer put(String path, Object body, Map<String, String> headers) {
        return send("PUT", path, body, withActor(headers));
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, withActor(headers));
    }

    public Answer delete(String path, Object body, Map<String, String> headers) {
        return send("DELETE", path, body, withActor(headers));
    }

    private static Map<String, String> withActor(Map<String, String> headers) {
        if (headers.containsKey("X-Actor") || headers.containsKey("no-actor")) {
            java.util.Map<String, String> copy = new java.util.HashMap<>(headers);
            copy.remove("no-actor");
            return copy;
        }
        java.util.Map<String, String> copy = new java.util.HashMap<>(headers);
        copy.put("X-Actor", ACTOR);
        return copy;
    }

    /** Sends {@code body} (a String is sent verbatim, anything else as JSON). */
    public Answer send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
                .timeout(Duration.ofSeconds(30)).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers(), json);
        }
        catch (IOException ex) {
            throw new IllegalStateException(method + " " + path + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
