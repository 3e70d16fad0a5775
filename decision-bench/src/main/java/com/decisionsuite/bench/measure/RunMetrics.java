package com.decisionsuite.bench.measure;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.decisionsuite.bench.results.OutcomeTally;

/**
 * The counters and latencies one run collects, shared by the load drivers, the results listener and the sampler.
 * Only tasks sent after the warm-up ("measured") count in the figures.
 */
public final class RunMetrics {

    private final LongAdder acceptedMeasured = new LongAdder();

    private final LongAdder acceptedAll = new LongAdder();

    private final LongAdder decidedMeasured = new LongAdder();

    private final LongAdder decidedAll = new LongAdder();

    private final LongAdder repeatedResults = new LongAdder();

    private final LongAdder reviewerDecisions = new LongAdder();

    /** Intended send to the intake's answer. */
    private final LatencyRecorder post = new LatencyRecorder();

    /** Intended send to the decision showing up on {@code decision-results}: what upstream experiences. */
    private final LatencyRecorder endToEnd = new LatencyRecorder();

    private final OutcomeTally outcomes = new OutcomeTally();

    private final ErrorLog errors = new ErrorLog();

    /** Earliest and latest {@code decidedAt} (epoch micros) among measured decisions: the decision window. */
    private final AtomicLong firstDecidedMicros = new AtomicLong(Long.MAX_VALUE);

    private final AtomicLong lastDecidedMicros = new AtomicLong(Long.MIN_VALUE);

    public LongAdder acceptedMeasured() {
        return this.acceptedMeasured;
    }

    public LongAdder acceptedAll() {
        return this.acceptedAll;
    }

    public LongAdder decidedMeasured() {
        return this.decidedMeasured;
    }

    public LongAdder decidedAll() {
        return this.decidedAll;
    }

    public LongAdder repeatedResults() {
        return this.repeatedResults;
    }

    public LongAdder reviewerDecisions() {
        return this.reviewerDecisions;
    }

    public LatencyRecorder post() {
        return this.post;
    }

    public LatencyRecorder endToEnd() {
        return this.endToEnd;
    }

    public OutcomeTally outcomes() {
        return this.outcomes;
    }

    public ErrorLog errors() {
        return this.errors;
    }

    public AtomicLong firstDecidedMicros() {
        return this.firstDecidedMicros;
    }

    public AtomicLong lastDecidedMicros() {
        return this.lastDecidedMicros;
    }

    public void decidedAt(long epochMicros) {
        this.firstDecidedMicros.accumulateAndGet(epochMicros, Math::min);
        this.lastDecidedMicros.accumulateAndGet(epochMicros, Math::max);
    }
}
