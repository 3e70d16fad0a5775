package com.decisionsuite.bench.intake;

/**
 * Sends the run's load to decision-api: at a fixed rate (open loop) or as fast as decisions come back (closed loop).
 */
public interface LoadDriver {

    /**
     * Sends from {@code startNanos} until {@code endNanos} ({@link System#nanoTime()}); tasks meant to leave before
     * {@code measureFromNanos} are warm-up and do not count. Returns when every request has been answered.
     */
    void run(long startNanos, long measureFromNanos, long endNanos) throws InterruptedException;
}
