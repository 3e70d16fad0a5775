package com.decisionsuite.api.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Finds and row-locks the most urgent claimable item with {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers
 * pass each other instead of queueing on one row.
 *
 * <p>Each locking query walks {@code ix_review_claim (status, deadline_at, created_at)} in order and stops at the
 * first free row: a single query over both statuses would sort, and a locking read that sorts locks every row it
 * matched. Callers must run at READ COMMITTED, where InnoDB releases rows that fail the WHERE clause and takes no gap
 * locks.
 */
@Component
class ReviewQueue {

    private static final String URGENCY = " ORDER BY deadline_at, created_at, id LIMIT 1";

    private static final String LAPSED = "status = 'CLAIMED' AND lease_expires_at <= :now";

    private final EntityManager entityManager;

    ReviewQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The most urgent item that is PENDING or whose lease lapsed: earliest deadline first (overdue items have the
     * earliest), then the oldest. Lapsed leases are rare, so a plain read through {@code ix_review_lease} checks for
     * one before any live lease is walked.
     */
    Optional<ReviewItem> lockNextClaimable(ClaimCriteria criteria, Instant now) {
        Optional<ReviewItem> lapsed = anyLapsed(criteria, now)
                ? lockFirst(LAPSED, criteria, null, now) : Optional.empty();
        Optional<ReviewItem> pending = lockFirst("status = 'PENDING'", criteria, lapsed.orElse(null), now);
        return pending.isPresent() ? pending : lapsed;
    }

    /**
     * Whether anything is claimable at all, by a plain read that takes no locks. A locking scan skips rows that other
     * transactions hold for an instant (a claimer passing over another store's row holds it while testing it), so an
     * empty locking result is only trusted when this agrees.
     */
    boolean anyClaimable(ClaimCriteria criteria, Instant now) {
        String sql = "SELECT id FROM review_item WHERE (status = 'PENDING' OR (" + LAPSED + "))" + filters(criteria)
                + " LIMIT 1";
        return !bind(this.entityManager.createNativeQuery(sql), criteria, now).getResultList().isEmpty();
    }

    private boolean anyLapsed(ClaimCriteria criteria, Instant now) {
        String sql = "SELECT id FROM review_item FORCE INDEX (ix_review_lease) WHERE " + LAPSED + filters(criteria)
                + " LIMIT 1";
        return !bind(this.entityManager.createNativeQuery(sql), criteria, now).getResultList().isEmpty();
    }

    private Optional<ReviewItem> lockFirst(String condition, ClaimCriteria criteria, ReviewItem lessUrgent,
            Instant now) {
        String sql = "SELECT * FROM review_item FORCE INDEX (ix_review_claim) WHERE " + condition + filters(criteria)
                + (lessUrgent == null ? "" : " AND (deadline_at < :deadline OR (deadline_at = :deadline AND "
                        + "(created_at < :created OR (created_at = :created AND id < :id))))")
                + URGENCY + " FOR UPDATE SKIP LOCKED";
        Query query = bind(this.entityManager.createNativeQuery(sql, ReviewItem.class), criteria,
                condition.contains(":now") ? now : null);
        if (lessUrgent != null) {
            query.setParameter("deadline", lessUrgent.deadlineAt());
            query.setParameter("created", lessUrgent.createdAt());
            query.setParameter("id", lessUrgent.id());
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(ReviewItem.class::cast);
    }

    private static String filters(ClaimCriteria criteria) {
        return (criteria.serviceTypes().isEmpty() ? "" : " AND service_type IN (:types)")
                + (criteria.storeIds().isEmpty() ? "" : " AND store_id IN (:stores)");
    }

    /** Binds the filters, and {@code now} unless null (the PENDING query has no use for it). */
    private static Query bind(Query query, ClaimCriteria criteria, Instant now) {
        if (now != null) {
            query.setParameter("now", now);
        }
        if (!criteria.serviceTypes().isEmpty()) {
            query.setParameter("types", criteria.serviceTypes().stream().map(ServiceType::wireName).toList());
        }
        if (!criteria.storeIds().isEmpty()) {
            query.setParameter("stores", List.copyOf(criteria.storeIds()));
        }
        return query;
    }
}
