package com.decisionsuite.worker.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.WireCodec;
import com.decisionsuite.worker.audit.DecisionRecord;
import com.decisionsuite.worker.config.EffectiveConfigs;
import com.decisionsuite.worker.routing.AuditSampler;
import com.decisionsuite.worker.routing.DecisionRouter;
import com.decisionsuite.worker.routing.Routed;
import com.decisionsuite.worker.routing.RoutingProperties;

/**
 * Turns entries into decision records: parses them (setting aside the malformed and the over-delivered for the
 * dead-letter stream), looks up each (store, type) configuration once per batch and routes every task.
 */
final class TaskDecider {

    private final EffectiveConfigs configs;

    private final DecisionRouter router;

    private final RoutingProperties routing;

    private final StreamProperties streams;

    TaskDecider(EffectiveConfigs configs, DecisionRouter router, RoutingProperties routing, StreamProperties streams) {
        this.configs = configs;
        this.router = router;
        this.routing = routing;
        this.streams = streams;
    }

    String consumerName() {
        return this.streams.consumerName();
    }

    /** Parses every entry; no I/O. */
    Classified classify(List<StreamEntry> entries) {
        List<Parsed> parsed = new ArrayList<>(entries.size());
        List<Unprocessable> unprocessable = new ArrayList<>();
        for (StreamEntry entry : entries) {
            if (entry.deliveryCount() > this.streams.maxDeliveries()) {
                unprocessable.add(new Unprocessable(entry, "MAX_DELIVERIES", "delivered " + entry.deliveryCount()
                        + " times, more than max-deliveries " + this.streams.maxDeliveries()));
                continue;
            }
            String json = entry.fields().get(TaskStreams.FIELD_TASK);
            try {
                if (json == null) {
                    throw new InvalidFieldException(TaskStreams.FIELD_TASK, "entry has no task field");
                }
                DecisionTask task = WireCodec.readTask(json);
                if (task.serviceType() != entry.type()) {
                    throw new InvalidFieldException("serviceType", task.serviceType() + " task on stream " + entry.stream());
                }
                parsed.add(new Parsed(entry, task, json, acceptedAt(entry)));
            }
            catch (InvalidFieldException ex) {
                unprocessable.add(new Unprocessable(entry, "MALFORMED", ex.getMessage()));
            }
        }
        return new Classified(parsed, unprocessable);
    }

    /**
     * Routes parsed tasks.
     *
     * @throws RuntimeException when a configuration cannot be loaded at all (Redis and MySQL failing)
     */
    List<DecisionRecord> decide(List<Parsed> parsed, Instant now) {
        Map<String, ThresholdConfig> configByScope = new HashMap<>();
        List<DecisionRecord> records = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            DecisionTask task = p.task();
            String scope = task.storeId() + '\u0000' + task.serviceType().wireName();
            ThresholdConfig config = configByScope.containsKey(scope) ? configByScope.get(scope)
                    : lookUp(configByScope, scope, task.storeId(), task.serviceType());
            Routed routed = this.router.route(task, config, now);
            boolean sampled = config != null && AuditSampler.sampled(task.taskId(), config.auditSampleRate());
            records.add(DecisionRecord.of(task, p.json(), routed, sampled,
                    new DecisionRecord.Delivery(this.streams.consumerName(), p.entry().id(),
                            p.entry().deliveryCount(), p.acceptedAt(), p.entry().traceparent()),
                    now, this.routing.defaultReviewDeadline()));
        }
        return records;
    }

    private ThresholdConfig lookUp(Map<String, ThresholdConfig> cache, String scope, String store, ServiceType type) {
        ThresholdConfig config = this.configs.effective(store, type);
        cache.put(scope, config);
        return config;
    }

    /** Intake time from the entry field (epoch micros), else the entry id's milliseconds. */
    static Instant acceptedAt(StreamEntry entry) {
        String micros = entry.fields().get(TaskStreams.FIELD_ACCEPTED_AT);
        try {
            if (micros != null) {
                long value = Long.parseLong(micros.trim());
                return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
            }
        }
        catch (NumberFormatException ex) {
            // fall through to the entry id
        }
        int dash = entry.id().indexOf('-');
        return Instant.ofEpochMilli(Long.parseLong(dash < 0 ? entry.id() : entry.id().substring(0, dash)));
    }

    record Parsed(StreamEntry entry, DecisionTask task, String json, Instant acceptedAt) {
    }

    /** An entry for the dead-letter stream, with the metric reason and the error text. */
    record Unprocessable(StreamEntry entry, String reason, String error) {
    }

    record Classified(List<Parsed> parsed, List<Unprocessable> unprocessable) {
    }
}
