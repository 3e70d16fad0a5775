package com.decisionsuite.api.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims, heartbeats and releases: each one short transaction on the item's row.
 */
@Service
class ReviewLeases {

    // A row another transaction holds only while testing it is free again microseconds later; rows held by
    // concurrent claims stay taken, so a few retries separate the two without waiting on anyone.
    private static final int SKIPPED_ROW_RETRIES = 3;

    private final ReviewQueue queue;

    private final ReviewItemRepository items;

    private final LeaseTerms terms;

    private final Clock clock = Clock.systemUTC();

    ReviewLeases(ReviewQueue queue, ReviewItemRepository items, ReviewProperties properties) {
        this.queue = queue;
        this.items = items;
        this.terms = new LeaseTerms(properties);
    }

    /**
     * Leases the most urgent claimable item to the reviewer; empty when nothing waits for them, or when everything
     * that waits is being taken by concurrent claims right now.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Optional<Lease> claim(ClaimCriteria criteria) {
        Instant now = now();
        Optional<ReviewItem> next = this.queue.lockNextClaimable(criteria, now);
        for (int retry = 0; retry < SKIPPED_ROW_RETRIES && next.isEmpty() && this.queue.anyClaimable(criteria, now); retry++) {
            next = this.queue.lockNextClaimable(criteria, now);
        }
        return next.map(item -> {
            item.lease(criteria.reviewer(), UUID.randomUUID().toString(), now, this.terms.onClaim(now));
            return Lease.of(item);
        });
    }

    /** Extends a live lease; a lapsed, released or foreign one is refused. */
    @Transactional
    public Lease heartbeat(long reviewId, String token) {
        Instant now = now();
        ReviewItem item = lockedHeldItem(reviewId, token, now);
        Instant claimedAt = item.claimedAt() == null ? now : item.claimedAt();
        item.extendLease(this.terms.onHeartbeat(claimedAt, now));
        return Lease.of(item);
    }

    /** Gives the item back; repeating the release with the same token is harmless. */
    @Transactional
    public void release(long reviewId, String token) {
        Instant now = now();
        ReviewItem item = this.items.findLocked(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        if (item.status() == ReviewStatus.PENDING && Objects.equals(item.leaseToken(), token)) {
            return;
        }
        requireHeld(item, token, now);
        item.release();
    }

    ReviewItem lockedHeldItem(long reviewId, String token, Instant now) {
        ReviewItem item = this.items.findLocked(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        requireHeld(item, token, now);
        return item;
    }

    static void requireHeld(ReviewItem item, String token, Instant now) {
        if (item.leasedWith(token, now)) {
            return;
        }
        if (item.status() == ReviewStatus.DONE) {
            throw new LeaseConflictException(item.id(), "the item is already decided");
        }
        if (!Objects.equals(item.leaseToken(), token)) {
            throw new LeaseConflictException(item.id(), "another lease holds it or it was never claimed with this token");
        }
        throw new LeaseConflictException(item.id(), item.status() == ReviewStatus.PENDING
                ? "the lease was released" : "the lease lapsed at " + item.leaseExpiresAt());
    }

    private Instant now() {
        return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A granted lease as the service reports it. */
    record Lease(ReviewItem item, String token, Instant expiresAt) {

        static Lease of(ReviewItem item) {
            return new Lease(item, item.leaseToken(), item.leaseExpiresAt());
        }
    }
}
