package com.decisionsuite.bench.review;

import java.util.List;

/**
 * A review item as the reviewer API hands it out: enough for a simulated reviewer to decide it.
 *
 * @param kind {@code ESCALATION} or {@code AUDIT}
 * @param proposedLabel the model's proposal, null when it made none
 */
public record ClaimedItem(long reviewId, String leaseToken, String taskId, String kind, String proposedLabel,
        List<String> candidateLabels) {

    public ClaimedItem {
        if (leaseToken == null || taskId == null) {
            throw new IllegalArgumentException("a claimed item has a lease token and a task id");
        }
        candidateLabels = candidateLabels == null ? List.of() : List.copyOf(candidateLabels);
    }
}
