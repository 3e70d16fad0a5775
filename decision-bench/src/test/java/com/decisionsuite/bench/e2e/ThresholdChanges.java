package com.decisionsuite.bench.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.WireCodec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes one store's thresholds through config-service's API the way an operator's tool does: each PUT is
 * conditional on the ETag the previous one answered. Remembers which accept threshold each version carries.
 */
final class ThresholdChanges {

    private final SuiteHttp http;

    private final ServiceProcess configService;

    private final String storeId;

    private final ServiceType type;

    private final Map<Integer, Double> acceptThresholds = new ConcurrentHashMap<>();

    // Null until the first change: then the store has no configuration of its own and If-None-Match: * applies.
    private String etag;

    ThresholdChanges(SuiteHttp http, ServiceProcess configService, String storeId, ServiceType type) {
        this.http = http;
        this.configService = configService;
        this.storeId = storeId;
        this.type = type;
    }

    /** PUTs a new version with {@code acceptThreshold}; answers it with the instant the PUT returned. */
    Applied apply(double acceptThreshold, String reason) {
        HttpRequest.Builder request = this.http.json(this.configService.uri("/v1/configs/" + this.storeId + "/"
                + this.type.wireName())).header("X-Actor", "e2e-hot-reload")
                .PUT(HttpRequest.BodyPublishers.ofString(WireCodec.write(new Settings(acceptThreshold, reason))));
        request = this.etag == null ? request.header("If-None-Match", "*") : request.header("If-Match", this.etag);
        HttpResponse<String> response = this.http.send(request.build());
        Instant returned = Instant.now();
        assertThat(response.statusCode()).as("PUT of %s: %s", acceptThreshold, response.body()).isEqualTo(200);
        this.etag = response.headers().firstValue("ETag").orElseThrow();
        int version = SuiteHttp.tree(response).get("version").asInt();
        this.acceptThresholds.put(version, acceptThreshold);
        return new Applied(version, acceptThreshold, returned);
    }

    /** The accept threshold this client wrote as {@code version}; null for a version it never wrote. */
    Double acceptThreshold(int version) {
        return this.acceptThresholds.get(version);
    }

    /** One change as config-service confirmed it. */
    record Applied(int version, double acceptThreshold, Instant returnedAt) {

        Applied {
            if (version < 1 || returnedAt == null) {
                throw new IllegalArgumentException("version must be positive and returnedAt present");
            }
        }
    }

    // Everything but the accept threshold stays put: a clear margin, automatic mode and no audit sample, so the
    // threshold alone decides a probe's outcome.
    private record Settings(double acceptThreshold, double minMargin, String mode, double auditSampleRate,
            String reviewDeadline, String reason) {

        Settings(double acceptThreshold, String reason) {
            this(acceptThreshold, 0.05, "AUTO", 0.0, "PT15M", reason);
        }
    }
}
