package com.decisionsuite.bench.measure;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A latency in microseconds, recorded from many threads: per-interval snapshots for the timeline and the
 * total of every interval for the summary.
 */
public final class LatencyRecorder {

    /** Anything slower than an hour is recorded as an hour; nothing here should come close. */
    static final long MAX_MICROS = 3_600_000_000L;

    private final Recorder recorder = new Recorder(MAX_MICROS, 3);

    private final Histogram total = new Histogram(MAX_MICROS, 3);

    private Histogram recycled;

    public void recordMicros(long micros) {
        this.recorder.recordValue(Math.max(0, Math.min(MAX_MICROS, micros)));
    }

    /**
     * Takes what was recorded since the last call, adds it to the total, and returns it. Call from one thread
     * (the sampler).
     */
    public synchronized Histogram interval() {
        Histogram interval = this.recorder.getIntervalHistogram(this.recycled);
        this.total.add(interval);
        this.recycled = interval;
        return interval.copy();
    }

    /** Everything recorded so far, including what no interval has taken yet. */
    public synchronized Histogram total() {
        interval();
        return this.total.copy();
    }
}
