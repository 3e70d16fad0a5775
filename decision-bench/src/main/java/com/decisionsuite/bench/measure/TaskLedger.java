package com.decisionsuite.bench.measure;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Per task of the run, by sequence number: when it was meant to be sent, whether it counts (sent after the
 * warm-up), whether it was accepted and decided. One long per task, so millions of tasks cost megabytes, and
 * the ground truth is regenerated from the id instead of being kept here.
 */
public final class TaskLedger {

    private static final int CHUNK_BITS = 16;

    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private static final int MAX_CHUNKS = 1 << 12;

    private static final long OFFSET_MASK = (1L << 52) - 1;

    private static final long KNOWN = 1L << 58;

    private static final long MEASURED = 1L << 59;

    private static final long ACCEPTED = 1L << 60;

    private static final long DECIDED = 1L << 61;

    private static final long REVIEWED = 1L << 62;

    private final AtomicReferenceArray<AtomicLongArray> chunks = new AtomicReferenceArray<>(MAX_CHUNKS);

    private final long originNanos;

    /** @param originNanos the {@link System#nanoTime()} the run's send times are offsets from */
    public TaskLedger(long originNanos) {
        this.originNanos = originNanos;
    }

    /** Records a task about to be sent at {@code intendedNanos}; {@code measured} when it counts in the figures. */
    public void planned(long seq, long intendedNanos, boolean measured) {
        long offset = Math.max(0, intendedNanos - this.originNanos) & OFFSET_MASK;
        chunk(seq, true).set(slot(seq), offset | KNOWN | (measured ? MEASURED : 0));
    }

    public void accepted(long seq) {
        set(seq, ACCEPTED);
    }

    /** Marks the worker's decision; true only the first time (results are delivered at least once). */
    public boolean decided(long seq) {
        return set(seq, DECIDED);
    }

    /** Marks the reviewer's final decision; true only the first time. */
    public boolean reviewed(long seq) {
        return set(seq, REVIEWED);
    }

    public boolean known(long seq) {
        return (state(seq) & KNOWN) != 0;
    }

    public boolean measured(long seq) {
        return (state(seq) & MEASURED) != 0;
    }

    public boolean isAccepted(long seq) {
        return (state(seq) & ACCEPTED) != 0;
    }

    public boolean isDecided(long seq) {
        return (state(seq) & DECIDED) != 0;
    }

    /** The {@link System#nanoTime()} at which the task was meant to be sent. */
    public long intendedNanos(long seq) {
        return this.originNanos + (state(seq) & OFFSET_MASK);
    }

    private long state(long seq) {
        AtomicLongArray chunk = chunk(seq, false);
        return chunk == null ? 0L : chunk.get(slot(seq));
    }

    private boolean set(long seq, long flag) {
        AtomicLongArray chunk = chunk(seq, false);
        if (chunk == null) {
            return false;
        }
        int slot = slot(seq);
        while (true) {
            long current = chunk.get(slot);
            if ((current & KNOWN) == 0 || (current & flag) != 0) {
                return false;
            }
            if (chunk.compareAndSet(slot, current, current | flag)) {
                return true;
            }
        }
    }

    private AtomicLongArray chunk(long seq, boolean create) {
        if (seq < 0 || (seq >>> CHUNK_BITS) >= MAX_CHUNKS) {
            if (create) {
                throw new IllegalArgumentException("sequence number out of the ledger's range: " + seq);
            }
            return null;
        }
        int index = (int) (seq >>> CHUNK_BITS);
        AtomicLongArray chunk = this.chunks.get(index);
        if (chunk == null && create) {
            this.chunks.compareAndSet(index, null, new AtomicLongArray(CHUNK_SIZE));
            chunk = this.chunks.get(index);
        }
        return chunk;
    }

    private static int slot(long seq) {
        return (int) (seq & (CHUNK_SIZE - 1));
    }
}
