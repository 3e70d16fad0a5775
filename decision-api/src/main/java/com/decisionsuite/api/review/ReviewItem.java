package com.decisionsuite.api.review;

import java.time.Instant;
import java.util.Objects;

import com.decisionsuite.model.ServiceType;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One task waiting for, held by, or done with a human reviewer; the worker inserts it, this feature leases and
 * closes it.
 */
@Entity
@Table(name = "review_item")
class ReviewItem {

    @Id
    private Long id;

    private String taskId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    @Convert(converter = ServiceTypeColumn.class)
    private ServiceType serviceType;

    private String storeId;

    private Instant deadlineAt;

    private Instant createdAt;

    private String claimedBy;

    @Column(columnDefinition = "char(36)")
    private String leaseToken;

    private Instant leaseExpiresAt;

    private Instant claimedAt;

    private int claimCount;

    private boolean overdue;

    @Version
    private long rowVersion;

    protected ReviewItem() {
    }

    /** Hands the item to a reviewer under a fresh lease. */
    void lease(String reviewer, String token, Instant now, Instant expiresAt) {
        this.status = ReviewStatus.CLAIMED;
        this.claimedBy = reviewer;
        this.leaseToken = token;
        this.claimedAt = now;
        this.leaseExpiresAt = expiresAt;
        this.claimCount++;
        this.overdue = this.overdue || this.deadlineAt.isBefore(now);
    }

    /** Whether {@code token} names the live lease on this item at {@code now}. */
    boolean leasedWith(String token, Instant now) {
        return this.status == ReviewStatus.CLAIMED && Objects.equals(this.leaseToken, token) && !leaseLapsed(now);
    }

    /** Whether the item is held by a lease that ran out, which makes it claimable again. */
    boolean leaseLapsed(Instant now) {
        return this.status == ReviewStatus.CLAIMED && !this.leaseExpiresAt.isAfter(now);
    }

    void extendLease(Instant expiresAt) {
        this.leaseExpiresAt = expiresAt;
    }

    /** Gives the item back to the queue; the token stays so a repeated release can be recognised. */
    void release() {
        this.status = ReviewStatus.PENDING;
        this.claimedBy = null;
        this.claimedAt = null;
        this.leaseExpiresAt = null;
    }

    /** Closes the item after its verdict; the claimant stays as who decided it. */
    void close(Instant now) {
        this.status = ReviewStatus.DONE;
        this.leaseExpiresAt = null;
        this.overdue = this.overdue || this.deadlineAt.isBefore(now);
    }

    /** The status a client sees: a lapsed lease reads as PENDING. */
    ReviewStatus effectiveStatus(Instant now) {
        return leaseLapsed(now) ? ReviewStatus.PENDING : this.status;
    }

    /** Open items are overdue once past their deadline; done items keep whether they were decided late. */
    boolean overdueAt(Instant now) {
        return this.status == ReviewStatus.DONE ? this.overdue : this.overdue || this.deadlineAt.isBefore(now);
    }

    Long id() {
        return this.id;
    }

    String taskId() {
        return this.taskId;
    }

    ReviewKind kind() {
        return this.kind;
    }

    ReviewStatus status() {
        return this.status;
    }

    ServiceType serviceType() {
        return this.serviceType;
    }

    String storeId() {
        return this.storeId;
    }

    Instant deadlineAt() {
        return this.deadlineAt;
    }

    Instant createdAt() {
        return this.createdAt;
    }

    String claimedBy() {
        return this.claimedBy;
    }

    String leaseToken() {
        return this.leaseToken;
    }

    Instant leaseExpiresAt() {
        return this.leaseExpiresAt;
    }

    Instant claimedAt() {
        return this.claimedAt;
    }

    int claimCount() {
        return this.claimCount;
    }
}
