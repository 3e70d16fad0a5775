package com.decisionsuite.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every error of the run, of any kind, counted by kind with the first few messages kept as evidence. A clean
 * run has none.
 */
public final class ErrorLog {

    private static final int SAMPLES = 20;

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

    private final AtomicInteger sampled = new AtomicInteger();

    public void record(String kind, String message) {
        record(kind, message, 1);
    }

    public void record(String kind, String message, long count) {
        this.counts.computeIfAbsent(kind, k -> new LongAdder()).add(count);
        if (this.sampled.getAndIncrement() < SAMPLES) {
            this.samples.add(kind + ": " + message);
        }
    }

    public long total() {
        return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by kind, sorted by kind. */
    public Map<String, Long> byKind() {
        Map<String, Long> sorted = new TreeMap<>();
        this.counts.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    public List<String> samples() {
        return new ArrayList<>(this.samples);
    }
}
