package com.decisionsuite.worker.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The liveness check: DOWN when a reading loop has died or no loop has tried to read (or paused to retry) for
 * longer than {@code stall-bound}, the worker that answers health checks but no longer consumes. Waiting out a
 * MySQL or Redis outage keeps it UP, since a restart would not end the outage, only lose the batch in hand;
 * {@code decisionStreams} reports that state instead.
 */
@Component("decisionLoops")
class ConsumerLiveness implements HealthIndicator {

    private final BooleanSupplier loopsAlive;

    private final StreamProgress progress;

    private final Duration stallBound;

    private final Clock clock;

    @Autowired
    ConsumerLiveness(StreamConsumers consumers, StreamProgress progress, StreamProperties properties) {
        this(consumers::loopsAlive, progress, properties.stallBound(), Clock.systemUTC());
    }

    ConsumerLiveness(BooleanSupplier loopsAlive, StreamProgress progress, Duration stallBound, Clock clock) {
        this.loopsAlive = loopsAlive;
        this.progress = progress;
        this.stallBound = stallBound;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Duration sinceAttempt = Duration.between(this.progress.lastAttemptAt(), this.clock.instant());
        boolean alive = this.loopsAlive.getAsBoolean();
        boolean stuck = sinceAttempt.compareTo(this.stallBound) > 0;
        Health.Builder health = alive && !stuck ? Health.up() : Health.down();
        return health.withDetail("loopsAlive", alive).withDetail("sinceLastAttempt", sinceAttempt.toString())
                .withDetail("stallBound", this.stallBound.toString()).build();
    }
}
