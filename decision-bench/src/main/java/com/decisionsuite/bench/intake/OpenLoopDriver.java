package com.decisionsuite.bench.intake;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Fixed-rate load: a dispatcher stamps each request with the time it is meant to leave and hands it to a pool
 * of senders; latency counts from that stamp, so a stall in the suite shows up instead of slowing the load
 * (no coordinated omission).
 */
public final class OpenLoopDriver implements LoadDriver {

    private final LoadContext context;

    private final int ratePerSecond;

    private final int senders;

    public OpenLoopDriver(LoadContext context, int ratePerSecond, int senders) {
        this.context = context;
        this.ratePerSecond = ratePerSecond;
        this.senders = senders;
    }

    @Override
    public long run(long startNanos, long measureFromNanos, long endNanos, long firstSeq) throws InterruptedException {
        TaskSender sender = new TaskSender(this.context);
        ThreadPoolExecutor pool = senderPool(this.senders);
        int unit = this.context.unit();
        double intervalNanos = unit * 1e9 / this.ratePerSecond;
        long seq = firstSeq;
        try {
            for (long k = 0;; k++) {
                long intended = startNanos + (long) (k * intervalNanos);
                if (intended >= endNanos) {
                    break;
                }
                waitUntil(intended);
                boolean measured = intended >= measureFromNanos;
                long first = seq;
                for (int i = 0; i < unit; i++) {
                    this.context.ledger().planned(first + i, intended, measured);
                }
                seq += unit;
                pool.execute(() -> {
                    try {
                        sender.send(first, unit, intended, measured);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        finally {
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
        return seq;
    }

    static ThreadPoolExecutor senderPool(int size) {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void waitUntil(long nanos) throws InterruptedException {
        long remaining;
        while ((remaining = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
