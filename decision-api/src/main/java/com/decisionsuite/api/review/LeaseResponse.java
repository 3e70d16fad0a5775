package com.decisionsuite.api.review;

import java.time.Instant;

/**
 * Answer to a heartbeat: the lease's new end.
 */
record LeaseResponse(long reviewId, String leaseToken, Instant leaseExpiresAt) {

    static LeaseResponse of(ReviewLeases.Lease lease) {
        return new LeaseResponse(lease.item().id(), lease.token(), lease.expiresAt());
    }
}
