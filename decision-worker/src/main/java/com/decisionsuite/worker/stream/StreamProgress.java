package com.decisionsuite.worker.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.TaskStreams;

/**
 * What the worker knows about its streams: when it last read successfully, and the length, lag and pending
 * count last measured. Feeds the gauges and the stall health check.
 */
@Component
public class StreamProgress {

    private final Clock clock;

    private final Map<String, Stats> stats = new ConcurrentHashMap<>();

    private final Map<String, Long> lastRead = new ConcurrentHashMap<>();

    private final Map<String, Long> deadLetters = new ConcurrentHashMap<>();

    private volatile Instant lastReadAt;

    private volatile Instant statsAt;

    private volatile Instant lastAttemptAt;

    @Autowired
    StreamProgress(StreamProperties properties, MeterRegistry meters) {
        this(properties, meters, Clock.systemUTC());
    }

    StreamProgress(StreamProperties properties, MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.lastReadAt = clock.instant();
        this.statsAt = clock.instant();
        this.lastAttemptAt = clock.instant();
        for (var type : properties.serviceTypes()) {
            String stream = TaskStreams.taskStream(type);
            this.stats.put(stream, new Stats(0, 0, 0));
            this.lastRead.put(stream, clock.millis());
            this.deadLetters.put(stream, 0L);
            Gauge.builder("decision.stream.length", () -> this.stats.get(stream).length()).tag("stream", stream).register(meters);
            Gauge.builder("decision.stream.lag", () -> this.stats.get(stream).lag()).tag("stream", stream).register(meters);
            Gauge.builder("decision.stream.pending", () -> this.stats.get(stream).pending()).tag("stream", stream).register(meters);
            Gauge.builder("decision.stream.dead.letters", () -> this.deadLetters.get(stream)).tag("stream", stream)
                    .description("Entries in the stream's dead-letter stream, waiting for a person").register(meters);
            Gauge.builder("decision.worker.last.read", () -> this.lastRead.get(stream) / 1000.0).tag("stream", stream)
                    .baseUnit("seconds").register(meters);
        }
    }

    void readSucceeded() {
        long now = this.clock.millis();
        this.lastRead.replaceAll((stream, at) -> now);
        this.lastReadAt = Instant.ofEpochMilli(now);
    }

    /** A reading loop is about to read, or to pause before retrying: it is alive, whether or not it succeeds. */
    void attempted() {
        this.lastAttemptAt = this.clock.instant();
    }

    Instant lastAttemptAt() {
        return this.lastAttemptAt;
    }

    void deadLetters(String stream, long length) {
        this.deadLetters.put(stream, length);
    }

    void measured(String stream, Stats measured) {
        this.stats.put(stream, measured);
        this.statsAt = this.clock.instant();
    }

    public Instant lastReadAt() {
        return this.lastReadAt;
    }

    public Instant statsAt() {
        return this.statsAt;
    }

    /** Entries waiting for this group across the worker's streams (undelivered plus unacknowledged). */
    public long backlog() {
        return this.stats.values().stream().mapToLong(s -> s.lag() + s.pending()).sum();
    }

    record Stats(long length, long lag, long pending) {
    }
}
