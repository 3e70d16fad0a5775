package com.decisionsuite.worker.relay;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

import com.decisionsuite.worker.audit.DecisionsRecorded;

/**
 * Runs relay rounds on a thread of its own: over the decisions at once when this worker commits some, and over every
 * source at least every {@code interval} (rows of other replicas, reviewer verdicts). Stops after the stream
 * consumers, so their last commits go out.
 */
final class RelayRunner implements SmartLifecycle {

    private final ResultRelay relay;

    private final List<RelaySource> sources;

    private final RelayProperties properties;

    // At most one pending wake-up: commits during a round are all covered by the next one.
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;

    private volatile Thread thread;

    RelayRunner(ResultRelay relay, List<RelaySource> sources, RelayProperties properties) {
        this.relay = relay;
        this.sources = List.copyOf(sources);
        this.properties = properties;
    }

    /**
     * Polling every 200 ms put up to that much, and on average half of it, between a commit and its event. Only the
     * replica that relays is woken: another would find the cursor held and leave it, and at 1,000 tasks/s in
     * one-task batches those empty polls were a transaction per commit on MySQL. Its interval polls still notice
     * when the relaying replica falls silent.
     */
    @EventListener
    void on(DecisionsRecorded recorded) {
        if (this.relay.relayingAny() && this.wakeUps.availablePermits() == 0) {
            this.wakeUps.release();
        }
    }

    @Override
    public void start() {
        this.running = true;
        Thread loop = new Thread(this::loop, "result-relay");
        loop.setDaemon(true);
        this.thread = loop;
        loop.start();
    }

    private void loop() {
        long intervalNanos = this.properties.interval().toNanos();
        long coalesceMillis = this.properties.coalesce().toMillis();
        // Verdicts come from decision-api, not from this worker's commits: a wake-up polls only what the commit added,
        // and every source is polled at least once an interval (a poll is a transaction, at 1,000 tasks/s in ~150
        // wake-ups a second).
        List<RelaySource> fedHere = this.sources.stream().filter(RelaySource::fedByThisWorker).toList();
        long lastFullRound = System.nanoTime() - intervalNanos;
        try {
            while (this.running) {
                long now = System.nanoTime();
                boolean full = now - lastFullRound >= intervalNanos;
                this.relay.round(full ? this.sources : fedHere);
                if (full) {
                    lastFullRound = now;
                }
                if (this.wakeUps.tryAcquire(intervalNanos, TimeUnit.NANOSECONDS) && coalesceMillis > 0) {
                    // Let the commits of the other reading loops land too, so one round publishes them together.
                    Thread.sleep(coalesceMillis);
                }
                this.wakeUps.drainPermits();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread loop = this.thread;
        this.running = false;
        this.thread = null;
        if (loop != null) {
            this.wakeUps.release();
            try {
                loop.join(TimeUnit.SECONDS.toMillis(10));
                if (!loop.isAlive()) {
                    this.relay.round(this.sources);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return this.thread != null;
    }

    @Override
    public int getPhase() {
        // Stopped after the stream consumers (default phase), started before them.
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
