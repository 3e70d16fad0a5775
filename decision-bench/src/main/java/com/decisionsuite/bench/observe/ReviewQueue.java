package com.decisionsuite.bench.observe;

/**
 * The open review work at one moment, from {@code GET /v1/reviews/stats}.
 */
public record ReviewQueue(long pending, long inReview, long overdue, long oldestPendingAgeSeconds) {
}
