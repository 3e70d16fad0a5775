package com.decisionsuite.observability.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calls an upstream service, an operator and a reviewer make, enough to make every meter appear. */
final class Traffic {

    static final String SERVICE_TYPE = "product-recognition";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Suite suite;

    Traffic(Suite suite) {
        this.suite = suite;
    }

    /** The store's first own thresholds: accept at 0.9 with a margin of 0.1, reject at 0.2. */
    void configure(String store) {
        Map<String, Object> thresholds = Map.of("acceptThreshold", 0.9, "rejectThreshold", 0.2, "minMargin", 0.1,
                "mode", "AUTO", "auditSampleRate", 0.0, "reviewDeadline", "PT15M",
                "reason", "observability test: thresholds for " + store);
        HttpRequest.Builder put = request(this.suite.configService().uri("/v1/configs/" + store + "/" + SERVICE_TYPE))
                .header("Content-Type", "application/json").header("X-Actor", "observability-test")
                .header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(thresholds)));
        expect(send(put), 200);
    }

    /** Submits a task whose candidates have these confidences; answers the HTTP status. */
    int submit(String taskId, String store, double... confidences) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            candidates.add(Map.of("label", "sku-" + i, "confidence", confidences[i]));
        }
        Map<String, Object> task = Map.of("taskId", taskId, "serviceType", SERVICE_TYPE, "storeId", store,
                "candidates", candidates, "occurredAt", Instant.now().toString());
        return send(post(this.suite.api().uri("/v1/tasks"), JSON.writeValueAsString(task))).statusCode();
    }

    /** A task without candidates, which intake refuses; answers the HTTP status. */
    int submitWithoutCandidates(String store) {
        String task = "{\"serviceType\":\"" + SERVICE_TYPE + "\",\"storeId\":\"" + store + "\",\"candidates\":[],"
                + "\"occurredAt\":\"" + Instant.now() + "\"}";
        return send(post(this.suite.api().uri("/v1/tasks"), task)).statusCode();
    }

    boolean decided(String taskId) {
        HttpResponse<String> response = send(request(this.suite.api().uri("/v1/tasks/" + taskId)).GET());
        return response.statusCode() == 200
                && "DECIDED".equals(JSON.readTree(response.body()).path("status").asString());
    }

    /** Claims the store's most urgent review item and rejects every candidate; empty when nothing waits. */
    Optional<String> reviewOne(String store) {
        String claim = JSON.writeValueAsString(Map.of("reviewer", "observability-test", "storeIds", List.of(store)));
        HttpResponse<String> claimed = send(post(this.suite.api().uri("/v1/reviews/claim"), claim));
        if (claimed.statusCode() == 204) {
            return Optional.empty();
        }
        JsonNode item = JSON.readTree(expect(claimed, 200).body());
        String verdict = JSON.writeValueAsString(Map.of("leaseToken", item.path("leaseToken").asString(),
                "verdict", "REJECT_ALL", "notes", "observability test"));
        URI uri = this.suite.api().uri("/v1/reviews/" + item.path("reviewId").asLong() + "/verdict");
        expect(send(post(uri, verdict)), 200);
        return Optional.of(item.path("taskId").asString());
    }

    /** What the app's /actuator/prometheus shows now. */
    String scrape(AppProcess app) {
        return expect(send(request(app.uri("/actuator/prometheus")).GET()), 200).body();
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder post(URI uri, String json) {
        return request(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
        return response;
    }
}
