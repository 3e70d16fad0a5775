package com.decisionsuite.worker.stream;

import java.time.Duration;

/**
 * When a reading loop reads again. A read that filled a stream's batch is followed at once (there is more); after a
 * smaller one the loop lets entries gather until {@code linger} has passed since that read. At 1,000 tasks/s the
 * loops otherwise read one or two entries each and every task paid a whole transaction, an XREADGROUP, an XACK and a
 * relay round of its own: three times the CPU per task of a full batch, on a machine the API shares.
 *
 * @param linger the least time between a partial read and the next one; zero reads again at once
 * @param batchSize entries per stream and read, above which a read counts as full
 */
record ReadPacing(Duration linger, int batchSize) {

    ReadPacing {
        if (linger == null || linger.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("linger must not be negative and batch size must be positive");
        }
    }

    /** Nanoseconds to wait after a read of {@code read} entries that returned at {@code readAt}, seen at {@code now}. */
    long pauseNanos(int read, long readAt, long now) {
        if (read == 0 || read >= this.batchSize || this.linger.isZero()) {
            // An empty read already waited out its block time; a full one leaves more behind.
            return 0;
        }
        return Math.max(0, this.linger.toNanos() - (now - readAt));
    }
}
