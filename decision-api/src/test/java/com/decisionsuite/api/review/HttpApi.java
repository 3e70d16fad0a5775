package com.decisionsuite.api.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running test server, so tests see exactly what a reviewer's client sees.
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();

    private final String base;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    /** Claims the most urgent item of one store. */
    public Reply claim(String reviewer, String storeId) {
        return post("/v1/reviews/claim", Map.of("reviewer", reviewer, "storeIds", List.of(storeId)));
    }

    /** Sends a verdict; {@code label} may be null. */
    public Reply verdict(long reviewId, String leaseToken, String verdict, String label) {
        Map<String, Object> body = new HashMap<>();
        body.put("leaseToken", leaseToken);
        body.put("verdict", verdict);
        if (label != null) {
            body.put("label", label);
        }
        return post("/v1/reviews/" + reviewId + "/verdict", body);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
    }

    /** Reads a response body line by line as it arrives. */
    public HttpResponse<Stream<String>> lines(String path) {
        try {
            return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Status, body and content type of one response. */
    public record Reply(int status, String body, String contentType) {

        public JsonNode json() {
            return parse(this.body);
        }

        public String problemType() {
            return json().path("type").asString().replace("https://decisionsuite.dev/problems/", "");
        }
    }
}
