package com.decisionsuite.worker.stream;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadPacingTests {

    private static final long MS = 1_000_000L;

    private final ReadPacing pacing = new ReadPacing(Duration.ofMillis(5), 250);

    @Test
    void waitsOutTheLingerAfterAPartialRead() {
        assertThat(this.pacing.pauseNanos(3, 100 * MS, 101 * MS)).isEqualTo(4 * MS);
    }

    @Test
    void readsAgainAtOnceWhenHandlingTookLongerThanTheLinger() {
        assertThat(this.pacing.pauseNanos(3, 100 * MS, 107 * MS)).isZero();
    }

    @Test
    void readsAgainAtOnceAfterAFullBatch() {
        assertThat(this.pacing.pauseNanos(250, 100 * MS, 100 * MS)).isZero();
    }

    @Test
    void readsAgainAtOnceAfterAnEmptyReadWhichAlreadyBlocked() {
        assertThat(this.pacing.pauseNanos(0, 100 * MS, 100 * MS)).isZero();
    }

    @Test
    void neverWaitsWithoutALinger() {
        assertThat(new ReadPacing(Duration.ZERO, 250).pauseNanos(1, 100 * MS, 100 * MS)).isZero();
    }

    @Test
    void refusesANegativeLinger() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReadPacing(Duration.ofMillis(-1), 250));
    }
}
