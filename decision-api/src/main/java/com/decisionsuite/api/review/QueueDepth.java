package com.decisionsuite.api.review;

import java.time.Instant;

import com.decisionsuite.model.ServiceType;

/**
 * The open part of the queue for one store and service type at one moment.
 *
 * @param pending claimable items (PENDING or with a lapsed lease)
 * @param inReview items under a live lease
 * @param overdue open items past their deadline
 * @param oldestPendingSince creation time of the oldest claimable item, null when none
 */
record QueueDepth(String storeId, ServiceType serviceType, long pending, long inReview, long overdue,
        Instant oldestPendingSince) {

    long oldestPendingAgeSeconds(Instant now) {
        return this.oldestPendingSince == null ? 0 : Math.max(0, now.getEpochSecond() - this.oldestPendingSince.getEpochSecond());
    }
}
