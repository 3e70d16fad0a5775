package com.decisionsuite.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.decisionsuite.model.DecisionOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StalenessTests {

    private static final Instant PUT_RETURNED = Instant.parse("2026-12-02T10:00:00Z");

    private static final ThresholdChanges.Applied VERSION_3 = new ThresholdChanges.Applied(3, 0.90, PUT_RETURNED);

    @Test
    void aWorkerIsStaleUntilTheLastProbeItDecidedByAnOlderVersion() {
        List<ProbeDecisions.Row> rows = List.of(row("w1", 2, 5), row("w1", 2, 40), row("w1", 3, 30),
                row("w2", 3, 1));
        Staleness staleness = Staleness.of(List.of(VERSION_3), List.of("w1", "w2"), rows);
        assertThat(staleness.figures()).containsExactly(Duration.ZERO, Duration.ofMillis(40));
    }

    @Test
    void probesAcceptedBeforeThePutReturnedAreNotStale() {
        List<ProbeDecisions.Row> rows = List.of(row("w1", 2, -15), row("w1", 3, 2));
        Staleness staleness = Staleness.of(List.of(VERSION_3), List.of("w1"), rows);
        assertThat(staleness.max()).isZero();
    }

    @Test
    void aDefaultConfigurationCountsAsOlderThanAnyVersionOfTheStoresOwn() {
        ProbeDecisions.Row byDefault = new ProbeDecisions.Row("t", "w1", "default", 7, 0.9, DecisionOutcome.ESCALATED,
                PUT_RETURNED.plusMillis(3));
        Staleness staleness = Staleness.of(List.of(VERSION_3), List.of("w1"), List.of(byDefault));
        assertThat(staleness.max()).isEqualTo(Duration.ofMillis(3));
    }

    @Test
    void percentilesTakeTheNearestRank() {
        Staleness staleness = new Staleness(List.of(Duration.ofMillis(4), Duration.ofMillis(1), Duration.ofMillis(3),
                Duration.ofMillis(2)));
        assertThat(staleness.percentile(50)).isEqualTo(Duration.ofMillis(2));
        assertThat(staleness.percentile(99)).isEqualTo(Duration.ofMillis(4));
        assertThat(staleness.max()).isEqualTo(Duration.ofMillis(4));
    }

    @Test
    void refusesToSummariseNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Staleness(List.of()));
    }

    private static ProbeDecisions.Row row(String worker, int version, long acceptedMillisAfterPut) {
        return new ProbeDecisions.Row("probe-" + worker + "-" + version + "-" + acceptedMillisAfterPut, worker, "store",
                version, 0.9, DecisionOutcome.AUTO_ACCEPTED, PUT_RETURNED.plusMillis(acceptedMillisAfterPut));
    }
}
