package com.decisionsuite.bench.intake;

/**
 * Sends the run's load to decision-api: at a fixed rate (open loop) or as fast as decisions come back (closed loop).
 */
public interface LoadDriver {

    /**
     * Sends from {@code startNanos} until {@code endNanos} ({@link System#nanoTime()}); tasks meant to leave before
     * {@code measureFromNanos} are warm-up and do not count. Task sequence numbers start at {@code firstSeq}.
     * Returns when every request has been answered, with the next unused sequence number.
     */
    long run(long startNanos, long measureFromNanos, long endNanos, long firstSeq) throws InterruptedException;
}
