package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the reading loops on threads of their own and the housekeeping (reclaim sweep, trimming) on a
 * scheduler. Stopping stops reading at once and lets each loop finish, commit and acknowledge its batch.
 */
final class StreamConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumers.class);

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final RedisClient client;

    private final GroupReads reads;

    private final BatchHandler handler;

    private final Housekeeping housekeeping;

    private final StreamProperties properties;

    private final StreamProgress progress;

    private final List<Thread> threads = new ArrayList<>();

    private volatile boolean running;

    private volatile long finishBy = Long.MAX_VALUE;

    private ScheduledExecutorService scheduler;

    StreamConsumers(RedisClient client, GroupReads reads, BatchHandler handler, Housekeeping housekeeping,
            StreamProperties properties, StreamProgress progress) {
        this.client = client;
        this.reads = reads;
        this.handler = handler;
        this.housekeeping = housekeeping;
        this.properties = properties;
        this.progress = progress;
    }

    @Override
    public synchronized void start() {
        this.running = true;
        this.housekeeping.ensureGroups(this.reads);
        this.finishBy = Long.MAX_VALUE;
        ConsumerLoop.Tuning tuning = new ConsumerLoop.Tuning(() -> this.running,
                () -> this.running || System.nanoTime() < this.finishBy, this.properties.maxBackoff(), this.progress);
        for (int i = 1; i <= this.properties.concurrency(); i++) {
            Thread thread = new Thread(new ConsumerLoop(this.client, this.reads, this.handler, tuning),
                    "decision-consumer-" + i);
            this.threads.add(thread);
            thread.start();
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "decision-housekeeping"));
        this.scheduler.scheduleWithFixedDelay(() -> this.housekeeping.sweep(tuning.batchRetry()),
                0, this.properties.reclaimInterval().toMillis(), TimeUnit.MILLISECONDS);
        this.scheduler.scheduleWithFixedDelay(this.housekeeping::trim,
                0, this.properties.trimInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Consuming {} as {} with {} loops", this.reads.typeByStream().keySet(),
                this.properties.consumerName(), this.properties.concurrency());
    }

    @Override
    public synchronized void stop() {
        if (!this.running) {
            return;
        }
        this.finishBy = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        this.running = false;
        this.scheduler.shutdown();
        try {
            for (Thread thread : this.threads) {
                thread.join(SHUTDOWN_GRACE.toMillis() + this.properties.block().toMillis());
            }
            this.scheduler.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        this.threads.clear();
        log.info("Stopped consuming; batches in hand finished");
    }

    /** False when a reading loop has ended while the worker is meant to be consuming (an Error killed it). */
    synchronized boolean loopsAlive() {
        return !this.running || this.threads.stream().allMatch(Thread::isAlive);
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }
}
