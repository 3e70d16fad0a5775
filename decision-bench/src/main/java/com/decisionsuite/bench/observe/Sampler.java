package com.decisionsuite.bench.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.report.TimelinePoint;

/**
 * Takes a {@link TimelinePoint} every second: what was accepted and decided, latency percentiles of that second,
 * stream lag; the review queue is polled on its own, slower, schedule because its query costs MySQL time.
 */
public final class Sampler implements AutoCloseable {

    private final RunMetrics metrics;

    private final StreamProbe streams;

    private final ReviewQueueProbe reviews;

    private final ScheduledExecutorService schedule = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sampler");
        thread.setDaemon(true);
        return thread;
    });

    private final List<TimelinePoint> points = new ArrayList<>();

    private final AtomicReference<ReviewQueue> lastReviewQueue = new AtomicReference<>();

    private long originNanos;

    private long lastAccepted;

    private long lastDecided;

    /** @param reviews null when the run has no reviewer API to observe (drain) */
    public Sampler(RunMetrics metrics, StreamProbe streams, ReviewQueueProbe reviews) {
        this.metrics = metrics;
        this.streams = streams;
        this.reviews = reviews;
    }

    public void start(long originNanos, long reviewIntervalMillis) {
        this.originNanos = originNanos;
        this.schedule.scheduleAtFixedRate(this::sample, 1_000, 1_000, TimeUnit.MILLISECONDS);
        if (this.reviews != null && reviewIntervalMillis > 0) {
            this.schedule.scheduleWithFixedDelay(() -> {
                ReviewQueue queue = this.reviews.read();
                if (queue != null) {
                    this.lastReviewQueue.set(queue);
                }
            }, 0, reviewIntervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized List<TimelinePoint> points() {
        return new ArrayList<>(this.points);
    }

    public ReviewQueue lastReviewQueue() {
        return this.lastReviewQueue.get();
    }

    /** The queue at this moment, read now. */
    public QueueState streamsNow() {
        return this.streams.read();
    }

    private synchronized void sample() {
        try {
            long accepted = this.metrics.acceptedAll().sum();
            long decided = this.metrics.decidedAll().sum();
            Histogram post = this.metrics.post().interval();
            Histogram endToEnd = this.metrics.endToEnd().interval();
            QueueState queue = this.streams.read();
            ReviewQueue review = this.lastReviewQueue.get();
            this.points.add(new TimelinePoint((System.nanoTime() - this.originNanos) / 1e9, accepted - this.lastAccepted,
                    decided - this.lastDecided, percentile(post, 50), percentile(post, 99), percentile(endToEnd, 50),
                    percentile(endToEnd, 99), queue.lag(), queue.pending(), review == null ? null : review.pending(),
                    review == null ? null : review.oldestPendingAgeSeconds()));
            this.lastAccepted = accepted;
            this.lastDecided = decided;
        }
        catch (RuntimeException ex) {
            this.metrics.errors().record("sampler", ex.toString());
        }
    }

    private static Long percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? null : histogram.getValueAtPercentile(percentile);
    }

    // Never interrupts a sample in flight: an interrupted Redis read would count as an error of the run.
    @Override
    public void close() {
        this.schedule.shutdown();
        try {
            if (!this.schedule.awaitTermination(30, TimeUnit.SECONDS)) {
                this.schedule.shutdownNow();
            }
        }
        catch (InterruptedException ex) {
            this.schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
