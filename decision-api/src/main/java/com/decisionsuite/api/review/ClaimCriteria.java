package com.decisionsuite.api.review;

import java.util.Set;

import com.decisionsuite.model.ServiceType;

/**
 * Who claims and which part of the queue they serve; empty filters mean every service type or store.
 */
record ClaimCriteria(String reviewer, Set<ServiceType> serviceTypes, Set<String> storeIds) {

    static final int MAX_REVIEWER_LENGTH = 128;

    static final int MAX_STORE_FILTER = 100;

    ClaimCriteria {
        reviewer = requireReviewer(reviewer);
        serviceTypes = Set.copyOf(serviceTypes);
        storeIds = Set.copyOf(storeIds);
        if (storeIds.size() > MAX_STORE_FILTER) {
            throw new InvalidReviewFieldException("storeIds", "at most " + MAX_STORE_FILTER + " stores per claim");
        }
    }

    static String requireReviewer(String reviewer) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new InvalidReviewFieldException("reviewer", "is required");
        }
        if (reviewer.length() > MAX_REVIEWER_LENGTH || reviewer.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidReviewFieldException("reviewer",
                    "must be at most " + MAX_REVIEWER_LENGTH + " printable characters");
        }
        return reviewer.strip();
    }
}
