package com.decisionsuite.bench.review;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import com.decisionsuite.bench.measure.ErrorLog;

/**
 * What the simulated review team did, counted as it happens.
 */
public final class ReviewTally {

    private final ErrorLog errors;

    private final LongAdder claims = new LongAdder();

    private final LongAdder emptyClaims = new LongAdder();

    private final LongAdder audits = new LongAdder();

    private final Map<Verdict, LongAdder> verdicts = new EnumMap<>(Verdict.class);

    private final LongAdder mistakes = new LongAdder();

    private final LongAdder abandons = new LongAdder();

    private final LongAdder releases = new LongAdder();

    private final LongAdder heartbeats = new LongAdder();

    private final LongAdder thisRun = new LongAdder();

    private final LongAdder earlierRuns = new LongAdder();

    private final LongAdder foreign = new LongAdder();

    public ReviewTally(ErrorLog errors) {
        this.errors = errors;
        for (Verdict verdict : Verdict.values()) {
            this.verdicts.put(verdict, new LongAdder());
        }
    }

    /** A snapshot for the report. */
    public record Figures(long claims, long emptyClaims, long audits, Map<Verdict, Long> verdicts, long mistakes,
            long abandons, long releases, long heartbeats, long itemsOfThisRun, long itemsOfEarlierRuns,
            long itemsNotSimulated) {
    }

    void claimed(ClaimedItem item, boolean ofThisRun, boolean simulated) {
        this.claims.increment();
        if ("AUDIT".equals(item.kind())) {
            this.audits.increment();
        }
        (ofThisRun ? this.thisRun : simulated ? this.earlierRuns : this.foreign).increment();
    }

    void emptyClaim() {
        this.emptyClaims.increment();
    }

    void answered(Verdict verdict, boolean mistaken) {
        this.verdicts.get(verdict).increment();
        if (mistaken) {
            this.mistakes.increment();
        }
    }

    void abandoned() {
        this.abandons.increment();
    }

    void released() {
        this.releases.increment();
    }

    void heartbeat() {
        this.heartbeats.increment();
    }

    void failed(String call, Exception ex) {
        this.errors.record("review-" + call, ex.getMessage() == null ? ex.toString() : ex.getMessage());
    }

    public Figures figures() {
        Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
        this.verdicts.forEach((verdict, count) -> byVerdict.put(verdict, count.sum()));
        return new Figures(this.claims.sum(), this.emptyClaims.sum(), this.audits.sum(), byVerdict, this.mistakes.sum(),
                this.abandons.sum(), this.releases.sum(), this.heartbeats.sum(), this.thisRun.sum(),
                this.earlierRuns.sum(), this.foreign.sum());
    }
}
