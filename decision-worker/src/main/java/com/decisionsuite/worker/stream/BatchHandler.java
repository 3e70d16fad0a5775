package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.worker.audit.AuditTrail;
import com.decisionsuite.worker.audit.DecisionRecord;
import com.decisionsuite.worker.metrics.WorkerMetrics;
import com.decisionsuite.worker.stream.TaskDecider.Parsed;
import com.decisionsuite.worker.stream.TaskDecider.Unprocessable;

/**
 * Handles one batch end to end: dead-letters what cannot be processed, decides the rest, commits the batch in
 * one transaction and only then acknowledges. While MySQL (or the configuration) is unavailable it backs off
 * and retries the same batch, keeping its entries from being reclaimed, and acknowledges nothing.
 */
final class BatchHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchHandler.class);

    // One INFO line per escalation, under a name of its own so a very large fleet can turn just these down.
    private static final Logger escalations = LoggerFactory.getLogger("com.decisionsuite.worker.escalations");

    private final TaskDecider decider;

    private final AuditTrail audit;

    private final EntrySettlement settlement;

    private final WorkerMetrics metrics;

    BatchHandler(TaskDecider decider, AuditTrail audit, EntrySettlement settlement, WorkerMetrics metrics) {
        this.decider = decider;
        this.audit = audit;
        this.settlement = settlement;
        this.metrics = metrics;
    }

    /** Returns when the batch is settled, or when {@code retry} gives up (entries then stay pending). */
    void handle(List<StreamEntry> entries, Retry retry) {
        if (entries.isEmpty()) {
            return;
        }
        this.metrics.batch(entries.size());
        TaskDecider.Classified classified = this.decider.classify(entries);
        for (Unprocessable unprocessable : classified.unprocessable()) {
            deadLetter(unprocessable, retry);
        }
        List<Parsed> parsed = classified.parsed();
        List<StreamEntry> held = parsed.stream().map(Parsed::entry).toList();
        Committed committed = null;
        while (committed == null) {
            try {
                committed = decideAndCommit(parsed);
            }
            catch (DataIntegrityViolationException | InvalidDataAccessResourceUsageException ex) {
                committed = commitOneByOne(parsed, ex);
            }
            catch (RuntimeException ex) {
                log.warn("Batch of {} entries not committed, retrying: {}", parsed.size(), ex.toString());
                touchQuietly(held);
                if (!retry.pause()) {
                    log.warn("Giving up a batch of {} entries unacknowledged; they will be reclaimed", held.size());
                    return;
                }
            }
        }
        acknowledge(committed.settled(), retry);
        record(committed.records());
    }

    /** Decides and commits; redelivered tasks that are already recorded are settled without a second record. */
    private Committed decideAndCommit(List<Parsed> parsed) {
        List<String> redelivered = parsed.stream().filter(p -> p.entry().deliveryCount() > 1)
                .map(p -> p.task().taskId()).toList();
        Set<String> recorded = this.audit.alreadyDecided(redelivered);
        List<Parsed> fresh = recorded.isEmpty() ? parsed
                : parsed.stream().filter(p -> !recorded.contains(p.task().taskId())).toList();
        List<DecisionRecord> records = this.decider.decide(fresh, Instant.now());
        if (!records.isEmpty()) {
            this.audit.write(records);
        }
        return new Committed(records, parsed.stream().map(Parsed::entry).toList());
    }

    // A row MySQL refuses must not hold up the batch: commit the others, leave it pending for redelivery and,
    // after max-deliveries, the dead-letter stream.
    private Committed commitOneByOne(List<Parsed> parsed, RuntimeException cause) {
        log.error("Batch rejected by MySQL, committing entry by entry: {}", cause.toString());
        List<DecisionRecord> records = new ArrayList<>();
        List<StreamEntry> settled = new ArrayList<>();
        for (Parsed one : parsed) {
            try {
                Committed single = decideAndCommit(List.of(one));
                records.addAll(single.records());
                settled.addAll(single.settled());
            }
            catch (RuntimeException ex) {
                withMdc(one, () -> log.error("Entry {} not recorded, left pending: {}", one.entry().id(), ex.toString()));
            }
        }
        return new Committed(records, settled);
    }

    private void acknowledge(List<StreamEntry> held, Retry retry) {
        retry.reset();
        while (true) {
            try {
                this.settlement.ack(held);
                return;
            }
            catch (RuntimeException ex) {
                log.warn("Acknowledging {} committed entries failed, retrying: {}", held.size(), ex.toString());
                if (!retry.pause()) {
                    return;
                }
            }
        }
    }

    private void deadLetter(Unprocessable u, Retry retry) {
        while (true) {
            try {
                if (this.settlement.deadLetter(u.entry(), u.error())) {
                    this.metrics.deadLettered(u.entry().type(), u.reason());
                    MDC.put("entryId", u.entry().id());
                    MDC.put("serviceType", u.entry().type().wireName());
                    putTraceId(u.entry().traceId());
                    log.warn("Entry {} of {} dead-lettered ({}, delivery {}): {}", u.entry().id(), u.entry().stream(),
                            u.reason(), u.entry().deliveryCount(), u.error());
                    MDC.clear();
                }
                return;
            }
            catch (RuntimeException ex) {
                log.warn("Dead-lettering entry {} failed, retrying: {}", u.entry().id(), ex.toString());
                if (!retry.pause()) {
                    return;
                }
            }
        }
    }

    private void record(List<DecisionRecord> committed) {
        for (DecisionRecord r : committed) {
            this.metrics.decided(r.task().serviceType(), r.task().storeId(), r.routed().outcome(),
                    r.routed().reason().name(), Duration.between(r.acceptedAt(), r.decidedAt()));
            if (r.routed().outcome() == DecisionOutcome.ESCALATED && escalations.isInfoEnabled()) {
                MDC.put("taskId", r.task().taskId());
                MDC.put("storeId", r.task().storeId());
                MDC.put("serviceType", r.task().serviceType().wireName());
                MDC.put("entryId", r.streamEntryId());
                MDC.put("outcome", r.routed().outcome().name());
                MDC.put("configVersion", r.routed().config() == null ? "none" : Integer.toString(r.routed().config().version()));
                putTraceId(StreamEntry.traceIdOf(r.traceparent()));
                escalations.info("Task {} escalated: {} ({})", r.task().taskId(), r.routed().reason(), r.routed().detail());
                MDC.clear();
            }
        }
    }

    private void touchQuietly(List<StreamEntry> held) {
        try {
            this.settlement.touch(held);
        }
        catch (RuntimeException ex) {
            log.debug("Could not refresh idle time of held entries: {}", ex.toString());
        }
    }

    private static void withMdc(Parsed p, Runnable action) {
        MDC.put("taskId", p.task().taskId());
        MDC.put("storeId", p.task().storeId());
        MDC.put("serviceType", p.task().serviceType().wireName());
        MDC.put("entryId", p.entry().id());
        putTraceId(p.entry().traceId());
        try {
            action.run();
        }
        finally {
            MDC.clear();
        }
    }

    // Same MDC key as Micrometer Tracing uses in decision-api, so one search by trace id spans both services.
    private static void putTraceId(String traceId) {
        if (traceId != null) {
            MDC.put("traceId", traceId);
        }
    }

    private record Committed(List<DecisionRecord> records, List<StreamEntry> settled) {
    }
}
