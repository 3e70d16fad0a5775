package com.decisionsuite.api.review;

import java.time.Instant;

import com.decisionsuite.model.ServiceType;

/**
 * One row of the review list, as a client sees it now (a lapsed lease reads as PENDING, without holder).
 */
record ReviewSummary(
        long reviewId,
        String taskId,
        ReviewKind kind,
        ReviewStatus status,
        ServiceType serviceType,
        String storeId,
        Instant deadlineAt,
        Instant createdAt,
        boolean overdue,
        String claimedBy,
        Instant leaseExpiresAt,
        int claimCount) {

    static ReviewSummary of(ReviewItem item, Instant now) {
        boolean held = item.status() == ReviewStatus.CLAIMED && !item.leaseLapsed(now);
        return new ReviewSummary(item.id(), item.taskId(), item.kind(), item.effectiveStatus(now),
                item.serviceType(), item.storeId(), item.deadlineAt(), item.createdAt(), item.overdueAt(now),
                held || item.status() == ReviewStatus.DONE ? item.claimedBy() : null,
                held ? item.leaseExpiresAt() : null, item.claimCount());
    }
}
