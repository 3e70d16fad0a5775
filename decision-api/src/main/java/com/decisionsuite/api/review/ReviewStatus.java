package com.decisionsuite.api.review;

/**
 * Where a review item stands. A {@code CLAIMED} item whose lease lapsed is reported, and claimable, as
 * {@code PENDING}.
 */
public enum ReviewStatus {

    PENDING,

    CLAIMED,

    DONE
}
