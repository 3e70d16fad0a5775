package com.decisionsuite.bench.review;

import java.time.Duration;

/**
 * What one simulated reviewer will do with one claimed item.
 */
public sealed interface ReviewPlan {

    /** How long the reviewer holds the item before acting. */
    Duration holdFor();

    /** Looks, then answers; {@code mistaken} when the answer deliberately misses the truth. */
    record Answer(Verdict verdict, String label, Duration holdFor, boolean mistaken) implements ReviewPlan {

        public Answer {
            if (verdict == null || holdFor == null) {
                throw new IllegalArgumentException("verdict and holdFor are required");
            }
            if (verdict == Verdict.CORRECT && (label == null || label.isBlank())) {
                throw new IllegalArgumentException("a correction needs the corrected label");
            }
        }
    }

    /** Walks away without a word; the item returns to the queue when the lease lapses. */
    record Abandon(Duration holdFor) implements ReviewPlan {
    }

    /** Hands the item back explicitly. */
    record Release(Duration holdFor) implements ReviewPlan {
    }
}
