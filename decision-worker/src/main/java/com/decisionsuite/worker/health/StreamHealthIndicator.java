package com.decisionsuite.worker.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.decisionsuite.worker.stream.StreamProgress;
import com.decisionsuite.worker.stream.StreamProperties;

/**
 * DOWN when the worker has gone longer than {@code stall-bound} without a successful read while entries wait
 * (or while it cannot even measure whether they do). A Redis that answers PING is not enough to be UP.
 */
@Component("decisionStreams")
class StreamHealthIndicator implements HealthIndicator {

    private final StreamProgress progress;

    private final Duration stallBound;

    private final Clock clock;

    @Autowired
    StreamHealthIndicator(StreamProgress progress, StreamProperties properties) {
        this(progress, properties.stallBound(), Clock.systemUTC());
    }

    StreamHealthIndicator(StreamProgress progress, Duration stallBound, Clock clock) {
        this.progress = progress;
        this.stallBound = stallBound;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = this.clock.instant();
        Duration sinceRead = Duration.between(this.progress.lastReadAt(), now);
        Duration sinceMeasured = Duration.between(this.progress.statsAt(), now);
        long backlog = this.progress.backlog();
        boolean stalled = sinceRead.compareTo(this.stallBound) > 0
                && (backlog > 0 || sinceMeasured.compareTo(this.stallBound) > 0);
        return (stalled ? Health.down() : Health.up())
                .withDetail("lastReadAt", this.progress.lastReadAt().toString())
                .withDetail("sinceLastRead", sinceRead.toString())
                .withDetail("backlog", backlog)
                .withDetail("measuredAt", this.progress.statsAt().toString())
                .withDetail("stallBound", this.stallBound.toString())
                .build();
    }
}
