package com.decisionsuite.bench.intake;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maximum-throughput load: every sender posts as soon as its previous request is answered and the window of
 * undecided tasks has room, so the rate settles at what the whole suite sustains end to end.
 */
public final class ClosedLoopDriver implements LoadDriver {

    private final LoadContext context;

    private final int senders;

    public ClosedLoopDriver(LoadContext context, int senders) {
        this.context = context;
        this.senders = senders;
    }

    @Override
    public long run(long startNanos, long measureFromNanos, long endNanos, long firstSeq) throws InterruptedException {
        TaskSender sender = new TaskSender(this.context);
        AtomicLong nextSeq = new AtomicLong(firstSeq);
        int unit = this.context.unit();
        ThreadPoolExecutor pool = OpenLoopDriver.senderPool(this.senders);
        for (int i = 0; i < this.senders; i++) {
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < endNanos) {
                        if (!this.context.window().acquire(unit, 100)) {
                            continue;
                        }
                        long first = nextSeq.getAndAdd(unit);
                        long now = System.nanoTime();
                        boolean measured = now >= measureFromNanos;
                        for (int k = 0; k < unit; k++) {
                            this.context.ledger().planned(first + k, now, measured);
                        }
                        sender.send(first, unit, now, measured);
                    }
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(endNanos - System.nanoTime() + TimeUnit.MINUTES.toNanos(2), TimeUnit.NANOSECONDS);
        return nextSeq.get();
    }
}
