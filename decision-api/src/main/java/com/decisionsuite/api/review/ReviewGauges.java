package com.decisionsuite.api.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Queue gauges ({@code decision.review.pending}, {@code .in_review}, {@code .overdue}, {@code .oldest.age} in
 * seconds) per service type, optionally per store, refreshed from one grouped query every
 * {@code decision.review.metrics-refresh} instead of one query per scrape and series. Overdue is counted from the
 * deadlines, not from the stored flag, and nothing here writes: a periodic UPDATE would briefly lock queue rows that
 * concurrent claims then skip. It runs on its own daemon thread so this feature does not switch on scheduling for the
 * whole service.
 */
@Component
class ReviewGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReviewGauges.class);

    private static final String[] NAMES = { "decision.review.pending", "decision.review.in_review",
            "decision.review.overdue", "decision.review.oldest.age" };

    private final QueueDepths depths;

    private final ReviewProperties properties;

    private final List<MultiGauge> gauges = new ArrayList<>();

    private final Map<Tags, AtomicLong[]> values = new ConcurrentHashMap<>();

    private final Clock clock = Clock.systemUTC();

    private ScheduledExecutorService ticker;

    ReviewGauges(QueueDepths depths, ReviewProperties properties, MeterRegistry registry) {
        this.depths = depths;
        this.properties = properties;
        for (String name : NAMES) {
            // Only the age has a unit, so Prometheus shows decision_review_pending, decision_review_oldest_age_seconds.
            MultiGauge.Builder gauge = MultiGauge.builder(name)
                    .description("Review queue: " + name.substring("decision.review.".length()));
            this.gauges.add((name.endsWith(".age") ? gauge.baseUnit("seconds") : gauge).register(registry));
        }
    }

    @Override
    public synchronized void start() {
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "review-gauges");
            thread.setDaemon(true);
            return thread;
        });
        long period = this.properties.metricsRefresh().toMillis();
        this.ticker.scheduleWithFixedDelay(this::refresh, 0, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        this.ticker.shutdownNow();
        this.ticker = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return this.ticker != null;
    }

    void refresh() {
        try {
            publish(this.clock.instant());
        }
        catch (RuntimeException ex) {
            log.warn("Review queue gauges not refreshed: {}", ex.toString());
        }
    }

    private void publish(Instant now) {
        Map<Tags, long[]> sums = new HashMap<>();
        for (ServiceType type : ServiceType.values()) {
            if (!this.properties.metricsStoreTag()) {
                sums.put(Tags.of("service_type", type.wireName()), new long[NAMES.length]);
            }
        }
        for (QueueDepth d : this.depths.current(now, null, null).queues()) {
            Tags tags = Tags.of("service_type", d.serviceType().wireName());
            if (this.properties.metricsStoreTag()) {
                tags = tags.and("store_id", d.storeId());
            }
            long[] sum = sums.computeIfAbsent(tags, t -> new long[NAMES.length]);
            sum[0] += d.pending();
            sum[1] += d.inReview();
            sum[2] += d.overdue();
            sum[3] = Math.max(sum[3], d.oldestPendingAgeSeconds(now));
        }
        this.values.keySet().retainAll(sums.keySet());
        sums.forEach((tags, sum) -> {
            AtomicLong[] held = this.values.computeIfAbsent(tags, t -> new AtomicLong[] { new AtomicLong(),
                    new AtomicLong(), new AtomicLong(), new AtomicLong() });
            for (int i = 0; i < NAMES.length; i++) {
                held[i].set(sum[i]);
            }
        });
        for (int i = 0; i < NAMES.length; i++) {
            int index = i;
            this.gauges.get(i).register(this.values.entrySet().stream()
                    .map(e -> MultiGauge.Row.of(e.getKey(), e.getValue()[index], AtomicLong::doubleValue))
                    .toList(), false);
        }
    }
}
