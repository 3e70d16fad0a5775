package com.decisionsuite.bench.review;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.decisionsuite.bench.http.JsonPoster;
import com.decisionsuite.model.WireCodec;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer API as a reviewer's tool uses it: claim, heartbeat, verdict, release.
 */
public final class ReviewClient {

    private final JsonPoster http;

    private final URI api;

    public ReviewClient(JsonPoster http, URI api) {
        this.http = http;
        this.api = api;
    }

    /** A call the API refused; the status and body are the evidence. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        Refused(String call, int status, String body) {
            super(call + " answered HTTP " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
            this.status = status;
        }

        public int status() {
            return this.status;
        }
    }

    /** Claims the most urgent item, empty when nothing waits (204). */
    public Optional<ClaimedItem> claim(String reviewer, List<String> storeIds) throws IOException, Refused {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewer", reviewer);
        if (!storeIds.isEmpty()) {
            body.put("storeIds", storeIds);
        }
        JsonPoster.Reply response = post("/v1/reviews/claim", body);
        if (response.status() == 204) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new Refused("claim", response.status(), response.body());
        }
        return Optional.of(readClaim(response.body()));
    }

    public void heartbeat(ClaimedItem item) throws IOException, Refused {
        expectOk("heartbeat", post("/v1/reviews/" + item.reviewId() + "/heartbeat", Map.of("leaseToken", item.leaseToken())));
    }

    public void release(ClaimedItem item) throws IOException, Refused {
        expectOk("release", post("/v1/reviews/" + item.reviewId() + "/release", Map.of("leaseToken", item.leaseToken())));
    }

    public void verdict(ClaimedItem item, Verdict verdict, String label, String notes)
            throws IOException, Refused {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leaseToken", item.leaseToken());
        body.put("verdict", verdict.name());
        if (verdict == Verdict.CORRECT) {
            body.put("label", label);
        }
        body.put("notes", notes);
        expectOk("verdict", post("/v1/reviews/" + item.reviewId() + "/verdict", body));
    }

    /** Reads the claim answer: ids and lease, the task's candidates, and the model's proposal. */
    static ClaimedItem readClaim(String json) {
        JsonNode root = WireCodec.mapper().readTree(json);
        List<String> labels = new ArrayList<>();
        for (JsonNode candidate : root.path("task").path("candidates")) {
            labels.add(candidate.path("label").asString());
        }
        JsonNode proposed = root.path("proposal").path("label");
        return new ClaimedItem(root.path("reviewId").asLong(), root.path("leaseToken").asString(null),
                root.path("taskId").asString(null), root.path("kind").asString(""),
                proposed.isNull() || proposed.isMissingNode() ? null : proposed.asString(), labels);
    }

    private JsonPoster.Reply post(String path, Object body) throws IOException {
        return this.http.post(this.api.resolve(path), WireCodec.write(body));
    }

    private static void expectOk(String call, JsonPoster.Reply response) throws Refused {
        if (response.status() / 100 != 2) {
            throw new Refused(call, response.status(), response.body());
        }
    }
}
