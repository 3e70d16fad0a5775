package com.decisionsuite.bench.results;

import java.time.Instant;

import com.decisionsuite.bench.intake.LoadContext;
import com.decisionsuite.bench.review.Verdict;
import com.decisionsuite.bench.workload.GroundTruth;
import com.decisionsuite.bench.workload.TaskIds;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.TaskDecided;
import com.decisionsuite.model.WireCodec;

/**
 * Books each {@code decision-results} event of this run: the first decision of a task frees its slot in the
 * window, counts its outcome, is judged against the regenerated ground truth, and gives the end-to-end latency.
 * Repeats (the stream is at-least-once) and other runs' events are ignored.
 */
public final class ResultBook {

    private final LoadContext context;

    private final String prefix;

    private final boolean recordLatency;

    /** @param recordLatency false where the send time means nothing (a pre-filled drain) */
    public ResultBook(LoadContext context, boolean recordLatency) {
        this.context = context;
        this.prefix = TaskIds.runPrefix(context.generator().seed(), context.runTag());
        this.recordLatency = recordLatency;
    }

    /** Books one event (the entry's {@code event} field) observed at {@code observedNanos}. */
    public void book(String json, long observedNanos) {
        if (json == null || !json.contains(this.prefix)) {
            return;
        }
        TaskDecided event;
        long seq;
        try {
            event = WireCodec.read(json, TaskDecided.class);
            if (!event.taskId().startsWith(this.prefix)) {
                return;
            }
            seq = Long.parseLong(event.taskId().substring(this.prefix.length()));
        }
        catch (InvalidFieldException | NumberFormatException ex) {
            this.context.metrics().errors().record("result-unreadable", ex.getMessage() + " in " + json);
            return;
        }
        if (!this.context.ledger().known(seq)) {
            return;
        }
        if (TaskDecided.BY_REVIEWER.equals(event.decidedBy())) {
            reviewerDecided(event, seq);
        }
        else {
            workerDecided(event, seq, observedNanos);
        }
    }

    private void workerDecided(TaskDecided event, long seq, long observedNanos) {
        if (!this.context.ledger().decided(seq)) {
            this.context.metrics().repeatedResults().increment();
            return;
        }
        this.context.window().release(1);
        this.context.metrics().decidedAll().increment();
        if (!this.context.ledger().measured(seq)) {
            return;
        }
        this.context.metrics().decidedMeasured().increment();
        this.context.metrics().decidedAt(event.decidedAt().getEpochSecond() * 1_000_000 + event.decidedAt().getNano() / 1_000);
        if (this.recordLatency) {
            this.context.metrics().endToEnd().recordMicros((observedNanos - this.context.ledger().intendedNanos(seq)) / 1_000);
        }
        boolean right = event.outcome() != DecisionOutcome.ESCALATED
                && DecisionJudge.automaticDecisionRight(truth(seq), event.outcome(), event.label());
        this.context.metrics().outcomes().workerDecided(event.serviceType(), event.outcome(), right);
    }

    private void reviewerDecided(TaskDecided event, long seq) {
        if (!this.context.ledger().reviewed(seq)) {
            this.context.metrics().repeatedResults().increment();
            return;
        }
        this.context.metrics().reviewerDecisions().increment();
        try {
            Verdict verdict = Verdict.valueOf(event.verdict());
            this.context.metrics().outcomes().reviewerDecided(DecisionJudge.verdictRight(truth(seq), verdict, event.label()));
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            this.context.metrics().errors().record("result-unknown-verdict", "task " + event.taskId() + ": " + event.verdict());
        }
    }

    private GroundTruth truth(long seq) {
        return this.context.generator().generate(this.context.runTag(), seq, Instant.EPOCH).truth();
    }
}
