package com.decisionsuite.worker.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

/**
 * The worker's decision and delivery meters, under the names the dashboards use.
 */
@Component
public class WorkerMetrics {

    private final MeterRegistry registry;

    private final boolean perStore;

    private final Map<DecisionKey, Counter> decisions = new ConcurrentHashMap<>();

    private final Map<ServiceType, Timer> latency = new ConcurrentHashMap<>();

    private final DistributionSummary batchSize;

    WorkerMetrics(MeterRegistry registry, MetricsProperties properties) {
        this.registry = registry;
        this.perStore = properties.perStore();
        this.batchSize = DistributionSummary.builder("decision.worker.batch.size")
                .description("Entries handled per batch").register(registry);
    }

    /** One committed decision. */
    public void decided(ServiceType type, String store, DecisionOutcome outcome, String reason, Duration sinceAccepted) {
        DecisionKey key = new DecisionKey(type, this.perStore ? store : null, outcome, reason);
        this.decisions.computeIfAbsent(key, k -> {
            Counter.Builder builder = Counter.builder("decision.worker.decisions")
                    .tag("service_type", k.type().wireName()).tag("outcome", k.outcome().name()).tag("reason", k.reason());
            return (k.store() == null ? builder : builder.tag("store", k.store())).register(this.registry);
        }).increment();
        this.latency.computeIfAbsent(type, t -> Timer.builder("decision.worker.latency")
                .description("From acceptance at intake to the committed decision")
                .tag("service_type", t.wireName()).publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10)).register(this.registry))
                .record(sinceAccepted.isNegative() ? Duration.ZERO : sinceAccepted);
    }

    public void batch(int size) {
        this.batchSize.record(size);
    }

    public void reclaimed(ServiceType type, int count) {
        this.registry.counter("decision.worker.reclaimed", "service_type", type.wireName(), "reason", "IDLE")
                .increment(count);
    }

    public void deadLettered(ServiceType type, String reason) {
        this.registry.counter("decision.worker.dead.lettered", "service_type", type.wireName(), "reason", reason)
                .increment();
    }

    private record DecisionKey(ServiceType type, String store, DecisionOutcome outcome, String reason) {
    }
}
