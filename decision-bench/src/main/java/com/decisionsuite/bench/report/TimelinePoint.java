package com.decisionsuite.bench.report;

/**
 * One second of the run: rates, latency percentiles of that second (microseconds), the streams and the review
 * queue. Null where nothing was measured in that second.
 *
 * @param second seconds since the load started
 */
public record TimelinePoint(double second, long acceptedPerSecond, long decidedPerSecond, Long postP50Micros,
        Long postP99Micros, Long endToEndP50Micros, Long endToEndP99Micros, Long streamLag, Long streamPending,
        Long reviewPending, Long reviewOldestSeconds) {
}
