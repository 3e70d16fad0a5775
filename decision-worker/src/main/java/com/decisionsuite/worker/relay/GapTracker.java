package com.decisionsuite.worker.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relay position over an AUTO_INCREMENT id that may have gaps: ids are allocated at insert, not at commit, and
 * rolled-back or no-op inserts burn them. Rows above a gap are published at once and remembered through the
 * high mark; the durable position stays below the oldest missing id until it appears or has been missing for
 * longer than the gap timeout.
 */
final class GapTracker {

    /** Beyond this many missing ids the oldest are given up early, so memory stays bounded. */
    static final int MAX_MISSING = 100_000;

    /** Up to this many missing ids travel in the cursor row; beyond, a takeover restarts from the position. */
    static final int MAX_DURABLE_MISSING = 2_000;

    private final Duration gapTimeout;

    private long high;

    private final TreeMap<Long, Instant> missing = new TreeMap<>();

    GapTracker(Duration gapTimeout, long position) {
        this.gapTimeout = gapTimeout;
        this.high = position;
    }

    private GapTracker(GapTracker other) {
        this.gapTimeout = other.gapTimeout;
        this.high = other.high;
        this.missing.putAll(other.missing);
    }

    GapTracker copy() {
        return new GapTracker(this);
    }

    /**
     * The state another replica left in the cursor row; its missing ids count as first seen {@code now}. Without a
     * high mark (or with an unreadable one) it restarts from the position, which may repeat events but never skips one.
     */
    static GapTracker restore(Duration gapTimeout, long position, Long high, String missing, Instant now) {
        GapTracker tracker = new GapTracker(gapTimeout, position);
        if (high == null || high < position) {
            return tracker;
        }
        try {
            if (missing != null && !missing.isBlank()) {
                for (String id : missing.split(",")) {
                    tracker.missing.put(Long.parseLong(id.trim()), now);
                }
            }
        }
        catch (NumberFormatException ex) {
            return new GapTracker(gapTimeout, position);
        }
        tracker.high = high;
        return tracker;
    }

    /** The high mark to store, or null when the missing ids are too many to store (a takeover then restarts). */
    Long durableHigh() {
        return this.missing.size() <= MAX_DURABLE_MISSING ? this.high : null;
    }

    /** The missing ids to store beside {@link #durableHigh()}. */
    String durableMissing() {
        if (this.missing.isEmpty() || this.missing.size() > MAX_DURABLE_MISSING) {
            return null;
        }
        StringBuilder ids = new StringBuilder(this.missing.size() * 8);
        for (Long id : this.missing.keySet()) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        return ids.toString();
    }

    /** Every id at or below it is published or given up: what the cursor row stores. */
    long position() {
        return this.missing.isEmpty() ? this.high : this.missing.firstKey() - 1;
    }

    /** Highest id seen and published. */
    long high() {
        return this.high;
    }

    Set<Long> missing() {
        return this.missing.keySet();
    }

    /**
     * Takes in rows that filled earlier gaps and new rows above the high mark (ascending); answers the rows to
     * publish now, in id order.
     */
    List<RelayRow> accept(List<RelayRow> filled, List<RelayRow> fresh, Instant now) {
        List<RelayRow> publish = new ArrayList<>(filled.size() + fresh.size());
        for (RelayRow row : filled) {
            if (this.missing.remove(row.id()) != null) {
                publish.add(row);
            }
        }
        for (RelayRow row : fresh) {
            if (row.id() <= this.high) {
                continue;
            }
            for (long id = Math.max(this.high + 1, row.id() - MAX_MISSING); id < row.id(); id++) {
                this.missing.put(id, now);
            }
            this.high = row.id();
            publish.add(row);
        }
        this.missing.values().removeIf(firstSeen -> Duration.between(firstSeen, now).compareTo(this.gapTimeout) >= 0);
        while (this.missing.size() > MAX_MISSING) {
            this.missing.pollFirstEntry();
        }
        return publish;
    }
}
