package com.decisionsuite.api.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import com.decisionsuite.model.ServiceType;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Filters of the review list; null means any. Status is the effective one: PENDING includes lapsed claims.
 */
record ReviewFilter(ReviewStatus status, String storeId, ServiceType serviceType, String reviewer, ReviewKind kind,
        Boolean overdue) {

    Specification<ReviewItem> toSpecification(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (this.status != null) {
                all.add(statusIs(root, cb, now));
            }
            if (this.storeId != null) {
                all.add(cb.equal(root.get("storeId"), this.storeId));
            }
            if (this.serviceType != null) {
                all.add(cb.equal(root.get("serviceType"), this.serviceType));
            }
            if (this.reviewer != null) {
                all.add(cb.equal(root.get("claimedBy"), this.reviewer));
            }
            if (this.kind != null) {
                all.add(cb.equal(root.get("kind"), this.kind));
            }
            if (this.overdue != null) {
                Predicate late = cb.or(cb.isTrue(root.get("overdue")), cb.and(
                        cb.notEqual(root.get("status"), ReviewStatus.DONE), cb.lessThan(root.get("deadlineAt"), now)));
                all.add(this.overdue ? late : cb.not(late));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private Predicate statusIs(Root<ReviewItem> root, CriteriaBuilder cb, Instant now) {
        Predicate claimed = cb.equal(root.get("status"), ReviewStatus.CLAIMED);
        Predicate lapsed = cb.lessThanOrEqualTo(root.get("leaseExpiresAt"), now);
        return switch (this.status) {
            case PENDING -> cb.or(cb.equal(root.get("status"), ReviewStatus.PENDING), cb.and(claimed, lapsed));
            case CLAIMED -> cb.and(claimed, cb.greaterThan(root.get("leaseExpiresAt"), now));
            case DONE -> cb.equal(root.get("status"), ReviewStatus.DONE);
        };
    }
}
