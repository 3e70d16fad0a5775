package com.decisionsuite.worker.relay;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * Runs relay rounds on a thread of its own; stops after the stream consumers, so their last commits go out.
 */
final class RelayRunner implements SmartLifecycle {

    private final ResultRelay relay;

    private final List<RelaySource> sources;

    private final RelayProperties properties;

    private volatile ScheduledExecutorService scheduler;

    RelayRunner(ResultRelay relay, List<RelaySource> sources, RelayProperties properties) {
        this.relay = relay;
        this.sources = List.copyOf(sources);
        this.properties = properties;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "result-relay"));
        executor.scheduleWithFixedDelay(() -> this.relay.round(this.sources), 0,
                this.properties.interval().toMillis(), TimeUnit.MILLISECONDS);
        this.scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = this.scheduler;
        this.scheduler = null;
        if (executor != null) {
            executor.shutdown();
            try {
                if (executor.awaitTermination(10, TimeUnit.SECONDS)) {
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
        return this.scheduler != null;
    }

    @Override
    public int getPhase() {
        // Stopped after the stream consumers (default phase), started before them.
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
