package com.decisionsuite.bench.intake;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the tasks accepted but not yet decided, so a closed loop measures end-to-end throughput instead of
 * filling the streams faster than the workers drain them. A slot is freed when the decision is observed.
 */
public final class InFlightWindow {

    private final Semaphore slots;

    private InFlightWindow(Semaphore slots) {
        this.slots = slots;
    }

    public static InFlightWindow of(int size) {
        return new InFlightWindow(new Semaphore(size));
    }

    /** No bound: an open loop sends at its rate whatever happens downstream. */
    public static InFlightWindow unbounded() {
        return new InFlightWindow(null);
    }

    /** Waits up to {@code timeoutMillis} for {@code n} slots; false when they did not free up. */
    public boolean acquire(int n, long timeoutMillis) throws InterruptedException {
        return this.slots == null || this.slots.tryAcquire(n, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public void release(int n) {
        if (this.slots != null) {
            this.slots.release(n);
        }
    }
}
