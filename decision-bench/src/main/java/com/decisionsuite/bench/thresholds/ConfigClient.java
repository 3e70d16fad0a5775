package com.decisionsuite.bench.thresholds;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.WireCodec;
import tools.jackson.databind.JsonNode;

/**
 * config-service as an ops tool uses it: read a configuration with its ETag, write the next version with
 * {@code If-Match}, naming the actor and the reason.
 */
public final class ConfigClient {

    static final String ACTOR = "decision-bench";

    private final HttpClient http;

    private final URI base;

    public ConfigClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A configuration as read: its settings, whether it is the scope's own, and the tag to write against. */
    public record Read(StoreThresholds thresholds, boolean own, String etag) {
    }

    public Optional<Read> read(String scope, String serviceType) throws IOException, InterruptedException {
        HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(scope, serviceType))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET config " + scope + "/" + serviceType + " answered HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode body = WireCodec.mapper().readTree(response.body());
        boolean own = Identifiers.DEFAULTS_SCOPE.equals(scope) || "store".equals(body.path("source").asString(""));
        return Optional.of(new Read(thresholds(body), own, response.headers().firstValue("ETag").orElse(null)));
    }

    /** Writes the next version; {@code etag} is what the read returned (null when there was nothing to match). */
    public void write(String scope, String serviceType, StoreThresholds wanted, String etag, String reason)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acceptThreshold", wanted.acceptThreshold());
        body.put("rejectThreshold", wanted.rejectThreshold());
        body.put("minMargin", wanted.minMargin());
        body.put("mode", wanted.mode().name());
        body.put("auditSampleRate", wanted.auditSampleRate());
        body.put("maxAutoValue", wanted.maxAutoValue());
        body.put("reviewDeadline", wanted.reviewDeadline().toString());
        body.put("reason", reason);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(scope, serviceType)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("X-Actor", ACTOR)
                .PUT(HttpRequest.BodyPublishers.ofString(WireCodec.write(body)));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("PUT config " + scope + "/" + serviceType + " answered HTTP " + response.statusCode()
                    + ": " + response.body());
        }
    }

    static StoreThresholds thresholds(JsonNode body) {
        JsonNode reject = body.path("rejectThreshold");
        JsonNode maxAuto = body.path("maxAutoValue");
        JsonNode deadline = body.path("reviewDeadline");
        Duration reviewDeadline = deadline.isNumber() ? Duration.ofMillis((long) (deadline.asDouble() * 1000))
                : Duration.parse(deadline.asString());
        return new StoreThresholds(body.path("acceptThreshold").asDouble(), reject.isNumber() ? reject.asDouble() : null,
                body.path("minMargin").asDouble(), ReviewMode.valueOf(body.path("mode").asString()),
                body.path("auditSampleRate").asDouble(), maxAuto.isNumber() ? maxAuto.decimalValue() : null, reviewDeadline);
    }

    private URI uri(String scope, String serviceType) {
        return this.base.resolve("/v1/configs/" + scope + "/" + serviceType);
    }
}
