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

    private long pauseMillis = FIRST_PAUSE_MILLIS;

    Retry(Duration maxPause, BooleanSupplier mayContinue) {
        this.maxPauseMillis = maxPause.toMillis();
        this.mayContinue = mayContinue;
    }

    /** Waits before the next attempt; false when no further attempt should be made. */
    boolean pause() {
        if (!this.mayContinue.getAsBoolean()) {
            return false;
        }
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
