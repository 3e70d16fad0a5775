package com.decisionsuite.bench.observe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.bench.measure.ErrorLog;
import com.decisionsuite.model.WireCodec;
import tools.jackson.databind.JsonNode;

/**
 * Reads the review queue's depth and age through the reviewer API's stats, as a team lead's dashboard would.
 */
public final class ReviewQueueProbe {

    private final HttpClient http;

    private final URI stats;

    private final ErrorLog errors;

    /** @param since start of the verdict window the stats count (the run's start keeps the query small) */
    public ReviewQueueProbe(HttpClient http, URI api, Instant since, ErrorLog errors) {
        this.http = http;
        this.stats = api.resolve("/v1/reviews/stats?from=" + since);
        this.errors = errors;
    }

    /** The queue now, or null when the stats could not be read (counted as an error). */
    public ReviewQueue read() {
        try {
            HttpRequest request = HttpRequest.newBuilder(this.stats).timeout(Duration.ofSeconds(20)).GET().build();
            HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                this.errors.record("review-stats", "HTTP " + response.statusCode());
                return null;
            }
            JsonNode totals = WireCodec.mapper().readTree(response.body()).path("totals");
            return new ReviewQueue(totals.path("pending").asLong(), totals.path("inReview").asLong(),
                    totals.path("overdue").asLong(), totals.path("oldestPendingAgeSeconds").asLong());
        }
        catch (java.io.IOException | RuntimeException ex) {
            this.errors.record("review-stats", ex.toString());
            return null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
