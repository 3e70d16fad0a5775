package com.decisionsuite.worker.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerLivenessTests {

    private static final Duration STALL_BOUND = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock();

    private final StreamProgress progress = new StreamProgress(
            new StreamProperties(null, "w", null, null, null, null, null, null, null, null, null),
            new SimpleMeterRegistry(), this.clock);

    private final AtomicBoolean loopsAlive = new AtomicBoolean(true);

    private final ConsumerLiveness liveness = new ConsumerLiveness(this.loopsAlive::get, this.progress, STALL_BOUND, this.clock);

    @Test
    void staysUpWhileLoopsKeepRetryingThroughAnOutage() {
        for (int i = 0; i < 10; i++) {
            this.clock.advance(Duration.ofSeconds(30));
            this.progress.attempted();
        }

        assertThat(this.liveness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void goesDownWhenNoLoopHasTriedForLongerThanTheStallBound() {
        this.progress.attempted();
        this.clock.advance(STALL_BOUND.plusSeconds(1));

        assertThat(this.liveness.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void goesDownWhenAReadingLoopHasDied() {
        this.progress.attempted();
        this.loopsAlive.set(false);

        assertThat(this.liveness.health().getStatus()).isEqualTo(Status.DOWN);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T00:00:00Z");

        void advance(Duration by) {
            this.now = this.now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now;
        }
    }
}
