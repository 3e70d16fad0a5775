package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reading loop on its own connection: read a batch across the worker's streams, hand it over, repeat.
 * Survives anything thrown (Redis restarts, MySQL outages, bugs) by backing off and reading again.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);

    private final RedisClient client;

    private final GroupReads reads;

    private final BatchHandler handler;

    private final Tuning tuning;

    ConsumerLoop(RedisClient client, GroupReads reads, BatchHandler handler, Tuning tuning) {
        this.client = client;
        this.reads = reads;
        this.handler = handler;
        this.tuning = tuning;
    }

    @Override
    public void run() {
        Retry readRetry = this.tuning.readRetry();
        StatefulRedisConnection<String, String> connection = null;
        while (this.tuning.reading().getAsBoolean()) {
            this.tuning.progress().attempted();
            try {
                if (connection == null || !connection.isOpen()) {
                    connection = this.client.connect();
                }
                List<StreamEntry> entries = this.reads.read(connection.sync());
                this.tuning.progress().readSucceeded();
                readRetry.reset();
                this.handler.handle(entries, this.tuning.batchRetry());
            }
            catch (RuntimeException ex) {
                log.warn("Reading task streams failed, backing off: {}", ex.toString());
                if (!readRetry.pause()) {
                    break;
                }
            }
        }
        if (connection != null) {
            connection.closeAsync();
        }
    }

    /** What a loop needs besides its collaborators: when to keep reading, how to retry, where to report. */
    record Tuning(BooleanSupplier reading, BooleanSupplier finishing, Duration maxBackoff, StreamProgress progress) {

        Retry readRetry() {
            return new Retry(this.maxBackoff, this.reading, this.progress::attempted);
        }

        /** A batch in hand is retried past the stop signal, until the shutdown grace runs out. */
        Retry batchRetry() {
            return new Retry(this.maxBackoff, this.finishing, this.progress::attempted);
        }
    }
}
