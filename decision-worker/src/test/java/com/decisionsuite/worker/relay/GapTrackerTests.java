package com.decisionsuite.worker.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapTrackerTests {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final GapTracker tracker = new GapTracker(Duration.ofSeconds(60), 0);

    @Test
    void advancesOverContiguousRows() {
        List<RelayRow> published = this.tracker.accept(List.of(), rows(1, 2, 3), T0);

        assertThat(ids(published)).containsExactly(1L, 2L, 3L);
        assertThat(this.tracker.position()).isEqualTo(3);
    }

    @Test
    void publishesBeyondAGapButKeepsThePositionBelowIt() {
        List<RelayRow> published = this.tracker.accept(List.of(), rows(1, 2, 5, 6), T0);

        assertThat(ids(published)).containsExactly(1L, 2L, 5L, 6L);
        assertThat(this.tracker.position()).isEqualTo(2);
        assertThat(this.tracker.missing()).containsExactly(3L, 4L);
        assertThat(this.tracker.high()).isEqualTo(6);
    }

    @Test
    void publishesALateCommitOnceAndMovesOn() {
        this.tracker.accept(List.of(), rows(1, 2, 5, 6), T0);

        List<RelayRow> published = this.tracker.accept(rows(3, 4), rows(7), T0.plusSeconds(1));

        assertThat(ids(published)).containsExactly(3L, 4L, 7L);
        assertThat(this.tracker.position()).isEqualTo(7);
    }

    @Test
    void doesNotRepublishRowsAlreadySeenBeyondTheGap() {
        this.tracker.accept(List.of(), rows(1, 3), T0);

        List<RelayRow> published = this.tracker.accept(List.of(), rows(1, 3), T0.plusSeconds(1));

        assertThat(published).isEmpty();
    }

    @Test
    void givesUpOnAnIdMissingLongerThanTheGapTimeout() {
        this.tracker.accept(List.of(), rows(1, 3), T0);
        this.tracker.accept(List.of(), List.of(), T0.plusSeconds(59));
        assertThat(this.tracker.position()).isEqualTo(1);

        this.tracker.accept(List.of(), List.of(), T0.plusSeconds(60));

        assertThat(this.tracker.position()).isEqualTo(3);
    }

    @Test
    void copyLeavesTheOriginalUntouched() {
        GapTracker copy = this.tracker.copy();

        copy.accept(List.of(), rows(1, 2), T0);

        assertThat(this.tracker.position()).isZero();
    }

    private static List<RelayRow> rows(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> new RelayRow(id, null)).toList();
    }

    @Test
    void aReplicaTakingOverFromTheStoredStatePublishesNothingTwice() {
        this.tracker.accept(List.of(), rows(1, 2, 5, 6), T0);
        GapTracker takeover = GapTracker.restore(Duration.ofSeconds(60), this.tracker.position(),
                this.tracker.durableHigh(), this.tracker.durableMissing(), T0.plusSeconds(1));

        List<RelayRow> published = takeover.accept(rows(3), rows(5, 6, 7), T0.plusSeconds(1));

        assertThat(ids(published)).containsExactly(3L, 7L);
        assertThat(takeover.missing()).containsExactly(4L);
        assertThat(takeover.position()).isEqualTo(3);
    }

    @Test
    void withoutAStoredHighMarkATakeoverRepeatsRatherThanSkips() {
        this.tracker.accept(List.of(), rows(1, 2, 5, 6), T0);
        GapTracker takeover = GapTracker.restore(Duration.ofSeconds(60), this.tracker.position(), null, null, T0);

        List<RelayRow> published = takeover.accept(List.of(), rows(3, 5, 6), T0);

        assertThat(ids(published)).containsExactly(3L, 5L, 6L);
    }

    @Test
    void storesNoHighMarkWhenTooManyIdsAreMissingToStore() {
        this.tracker.accept(List.of(), rows(1, GapTracker.MAX_DURABLE_MISSING + 3), T0);

        assertThat(this.tracker.durableHigh()).isNull();
        assertThat(this.tracker.durableMissing()).isNull();
    }

    private static List<Long> ids(List<RelayRow> rows) {
        return rows.stream().map(RelayRow::id).toList();
    }
}
