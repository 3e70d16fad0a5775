package com.decisionsuite.bench.measure;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import com.decisionsuite.bench.report.LatencySummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyRecorderTests {

    @Test
    void intervalsAddUpToTheTotal() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 1; i <= 100; i++) {
            recorder.recordMicros(i * 10);
        }
        Histogram first = recorder.interval();
        recorder.recordMicros(100_000);
        Histogram second = recorder.interval();
        assertThat(first.getTotalCount()).isEqualTo(100);
        assertThat(second.getTotalCount()).isEqualTo(1);
        Histogram total = recorder.total();
        assertThat(total.getTotalCount()).isEqualTo(101);
        assertThat(total.getMaxValue()).isCloseTo(100_000L, within(100L));
    }

    @Test
    void summarisesPercentilesAndNothingWhenEmpty() {
        LatencyRecorder recorder = new LatencyRecorder();
        assertThat(LatencySummary.of(recorder.total())).isNull();
        for (int i = 1; i <= 1_000; i++) {
            recorder.recordMicros(i);
        }
        recorder.recordMicros(-5);
        LatencySummary summary = LatencySummary.of(recorder.total());
        assertThat(summary.count()).isEqualTo(1_001);
        assertThat(summary.p50()).isCloseTo(500L, within(2L));
        assertThat(summary.p99()).isCloseTo(990L, within(2L));
        assertThat(summary.max()).isEqualTo(1_000L);
    }
}
