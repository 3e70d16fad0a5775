package com.decisionsuite.bench.report;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency in microseconds.
 */
public record LatencySummary(long count, long p50, long p90, long p99, long p999, long max, double mean) {

    /** The summary of a histogram; null when nothing was recorded. */
    public static LatencySummary of(Histogram histogram) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return null;
        }
        return new LatencySummary(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(90), histogram.getValueAtPercentile(99),
                histogram.getValueAtPercentile(99.9), histogram.getMaxValue(), Math.round(histogram.getMean() * 10) / 10.0);
    }
}
