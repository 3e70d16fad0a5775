package com.decisionsuite.bench.e2e;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;

/**
 * Posts a probe task to decision-api about every 10 ms from a thread of its own, until closed: a steady trickle
 * that every worker's reading loops take turns at. Each probe's top candidate has {@link #TOP_CONFIDENCE} and a
 * margin far above any minimum, so only the accept threshold decides it.
 */
final class ProbeSender implements AutoCloseable {

    static final double TOP_CONFIDENCE = 0.95;

    private final SuiteHttp http;

    private final ServiceProcess api;

    private final String prefix;

    private final String storeId;

    private final ServiceType type;

    private final AtomicInteger sent = new AtomicInteger();

    private final AtomicInteger accepted = new AtomicInteger();

    private final List<String> failures = new CopyOnWriteArrayList<>();

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "e2e-probes"));

    ProbeSender(SuiteHttp http, ServiceProcess api, String prefix, String storeId, ServiceType type) {
        this.http = http;
        this.api = api;
        this.prefix = prefix;
        this.storeId = storeId;
        this.type = type;
    }

    ProbeSender start() {
        this.scheduler.scheduleWithFixedDelay(this::sendOne, 0, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sendOne() {
        String taskId = this.prefix + this.sent.incrementAndGet();
        DecisionTask probe = new DecisionTask(taskId, this.type, this.storeId, null, List.of(
                new Candidate("sku-probe", TOP_CONFIDENCE), new Candidate("sku-other", 0.02)), null, Instant.now(),
                null, DecisionTask.CURRENT_SCHEMA_VERSION);
        // Anything thrown here would silently cancel the schedule; a failure is recorded for the test instead.
        try {
            HttpResponse<String> response = this.http.post(this.api.uri("/v1/tasks"), probe);
            if (response.statusCode() == 202) {
                this.accepted.incrementAndGet();
            }
            else {
                this.failures.add(taskId + ": " + response.statusCode() + " " + response.body());
            }
        }
        catch (RuntimeException ex) {
            this.failures.add(taskId + ": " + ex);
        }
    }

    int accepted() {
        return this.accepted.get();
    }

    List<String> failures() {
        return List.copyOf(this.failures);
    }

    /** Stops sending; returns once the probe in flight has its answer. */
    @Override
    public void close() {
        this.scheduler.shutdown();
        try {
            this.scheduler.awaitTermination(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
