package com.decisionsuite.bench.e2e;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's workload: task {@code i} has the id {@code prefix + i}, a service type and store taken in turn, and is
 * posted to decision-api in batches of up to {@value #BATCH}.
 */
final class TaskBatches {

    static final int BATCH = 500;

    private static final int STORES = 8;

    private static final ServiceType[] TYPES = ServiceType.values();

    private final SuiteHttp http;

    private final ServiceProcess api;

    private final String prefix;

    TaskBatches(SuiteHttp http, ServiceProcess api, String prefix) {
        this.http = http;
        this.api = api;
        this.prefix = prefix;
    }

    /** Posts tasks {@code from} (inclusive) to {@code to} (exclusive); fails unless decision-api queued every one. */
    void post(int from, int to) {
        for (int start = from; start < to; start += BATCH) {
            postBatch(start, Math.min(to, start + BATCH));
        }
    }

    private void postBatch(int from, int to) {
        List<DecisionTask> tasks = IntStream.range(from, to).mapToObj(this::task).toList();
        HttpResponse<String> response = this.http.post(this.api.uri("/v1/tasks/batch"), Map.of("tasks", tasks));
        assertThat(response.statusCode()).as("batch %d..%d: %s", from, to, response.body()).isEqualTo(202);
        JsonNode result = SuiteHttp.tree(response);
        assertThat(result.get("rejected").size()).as("rejected items of batch %d..%d: %s", from, to,
                result.get("rejected")).isZero();
        assertThat(result.get("accepted").size()).isEqualTo(to - from);
    }

    private DecisionTask task(int i) {
        ServiceType type = TYPES[i % TYPES.length];
        // Top confidences from 0.80 to 0.99 and a cart value for carts: some tasks clear the seeded defaults,
        // others escalate, so both paths of the worker (and review items) are in the run.
        double top = 0.80 + (i % 20) / 100.0;
        Map<String, Object> context = type == ServiceType.CART_VERIFICATION ? Map.of("cartValue", 10 + i % 150) : null;
        return new DecisionTask(this.prefix + i, type, "e2e-crash-store-" + (i / TYPES.length) % STORES, null,
                List.of(new Candidate("sku-" + i % 50, top), new Candidate("sku-alternative", 0.05)), context,
                Instant.now(), null, DecisionTask.CURRENT_SCHEMA_VERSION);
    }
}
