package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Exponential back-off between attempts, up to a bound, for as long as the caller may keep trying.
 */
final class Retry {

    private static final long FIRST_PAUSE_MILLIS = 50;

    private final long maxPauseMillis;

    private final BooleanSupplier mayContinue;

    private final Runnable beforePause;

    private long pauseMillis = FIRST_PAUSE_MILLIS;

    Retry(Duration maxPause, BooleanSupplier mayContinue) {
        this(maxPause, mayContinue, () -> { });
    }

    /** {@code beforePause} runs before every pause, e.g. to show that the caller is alive while it waits. */
    Retry(Duration maxPause, BooleanSupplier mayContinue, Runnable beforePause) {
        this.maxPauseMillis = maxPause.toMillis();
        this.mayContinue = mayContinue;
        this.beforePause = beforePause;
    }

    /** Waits before the next attempt; false when no further attempt should be made. */
    boolean pause() {
        if (!this.mayContinue.getAsBoolean()) {
            return false;
        }
        this.beforePause.run();
        try {
            Thread.sleep(this.pauseMillis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        this.pauseMillis = Math.min(this.pauseMillis * 2, this.maxPauseMillis);
        return this.mayContinue.getAsBoolean();
    }

    void reset() {
        this.pauseMillis = FIRST_PAUSE_MILLIS;
    }
}
